/**
 * Owns KPIs (measures with cadence, target, direction and thresholds), their measurements, and the
 * status rules (red, amber, green, stale) that the scorecard and the audit share.
 */
package dev.plumbline.kpi;
