package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of a KPI on one date.
 */
public record Measurement(LocalDate date, BigDecimal value) {
}
