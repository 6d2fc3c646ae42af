/**
 * Web side of the trail: the ADMIN-only activity page and {@code /api/v1/orgs/{slug}/activity}.
 */
package dev.plumbline.activity.web;
