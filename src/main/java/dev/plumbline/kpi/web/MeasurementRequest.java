package dev.plumbline.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One measurement in the API: {@code {"date": "2026-11-02", "value": 12.5}}.
 */
record MeasurementRequest(LocalDate date, BigDecimal value) {
}
