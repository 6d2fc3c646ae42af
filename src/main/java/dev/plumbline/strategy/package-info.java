/**
 * Owns initiatives (the strategy inventory: owner, dates, budget, FTE, the pillars they serve, the
 * objectives they advance, the pain points they address), the portfolio and the roadmap.
 */
package dev.plumbline.strategy;
