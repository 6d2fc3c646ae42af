package dev.plumbline.kpi.web;

import java.util.List;

import dev.plumbline.kpi.Kpi;
import dev.plumbline.kpi.KpiStatus;

/**
 * One line of the scorecard: the KPI, its status, whether it is stale, its sparkline (ECharts JSON or
 * null) and the names of its pillars.
 */
public record ScorecardRow(Kpi kpi, KpiStatus status, boolean stale, String sparkline, List<String> pillarNames) {
}
