/**
 * Web side of strategy reviews: the reviews page and {@code /api/v1/orgs/{slug}/reviews}.
 */
package dev.plumbline.review.web;
