/**
 * Web side of concerns: the concerns page and {@code /api/v1/orgs/{slug}/concerns}.
 */
package dev.plumbline.reflection.web;
