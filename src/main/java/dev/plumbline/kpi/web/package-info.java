/**
 * Web side of KPIs: the scorecard, the KPI page and forms, and {@code /api/v1/orgs/{slug}/kpis}.
 */
package dev.plumbline.kpi.web;
