/**
 * Web side of decisions: the decision log page and {@code /api/v1/orgs/{slug}/decisions}.
 */
package dev.plumbline.decision.web;
