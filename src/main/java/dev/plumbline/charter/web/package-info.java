/**
 * Web side of the charter: its page, the edit form, history and differences, acknowledgement, and
 * {@code /api/v1/orgs/{slug}/charter}.
 */
package dev.plumbline.charter.web;
