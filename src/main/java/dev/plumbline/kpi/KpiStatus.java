package dev.plumbline.kpi;

import java.math.BigDecimal;

/**
 * The colour of a KPI from its latest value. Pure rule, shared by the scorecard and the audit (KPI_RED):
 * <ul>
 * <li>RED: the value is at the red threshold or on its wrong side (≤ red when higher is better, ≥ red when
 * lower is better);</li>
 * <li>GREEN: the value is at the green threshold or beyond it on the good side;</li>
 * <li>AMBER: strictly between the two;</li>
 * <li>NONE: no measurement yet.</li>
 * </ul>
 */
public enum KpiStatus {

	RED, AMBER, GREEN, NONE;

	public static KpiStatus of(Direction direction, BigDecimal red, BigDecimal green, BigDecimal latest) {
		if (latest == null) {
			return NONE;
		}
		if (direction.atLeastAsGood(red, latest)) {
			return RED;
		}
		if (direction.atLeastAsGood(latest, green)) {
			return GREEN;
		}
		return AMBER;
	}

	public String css() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
