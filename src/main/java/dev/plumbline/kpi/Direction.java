package dev.plumbline.kpi;

/**
 * Which way a KPI's value is good: up ({@code INCREASE}, e.g. vaccination rate) or down
 * ({@code DECREASE}, e.g. no-show rate).
 */
public enum Direction {

	INCREASE, DECREASE;

	/** Whether {@code a} is at least as good as {@code b} in this direction. */
	public boolean atLeastAsGood(java.math.BigDecimal a, java.math.BigDecimal b) {
		int comparison = a.compareTo(b);
		return this == INCREASE ? comparison >= 0 : comparison <= 0;
	}

}
