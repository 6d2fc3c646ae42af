/**
 * Web side of strategy: initiative pages, the portfolio, the roadmap and {@code /api/v1/orgs/{slug}/initiatives}.
 */
package dev.plumbline.strategy.web;
