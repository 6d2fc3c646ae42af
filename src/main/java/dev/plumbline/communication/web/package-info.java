/**
 * Web side of stories: the stories page and {@code /api/v1/orgs/{slug}/stories}.
 */
package dev.plumbline.communication.web;
