/**
 * Web side of surveys: the survey list and survey pages (aggregates only) and
 * {@code /api/v1/orgs/{slug}/surveys}.
 */
package dev.plumbline.feedback.web;
