package dev.plumbline.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How often a KPI is measured. A KPI is stale when its latest measurement is older than 1.5× its cadence
 * (weekly: more than 10 days, monthly: more than 45, quarterly: more than 136), or when it has none.
 */
public enum Cadence {

	WEEKLY(7), MONTHLY(30), QUARTERLY(91);

	private final int days;

	Cadence(int days) {
		this.days = days;
	}

	public int days() {
		return this.days;
	}

	/** The most days a measurement may be old and still count: 1.5× the cadence, rounded down. */
	public int staleAfterDays() {
		return this.days * 3 / 2;
	}

	/** Whether no measurement arrived within 1.5× the cadence of {@code today}; true when never measured. */
	public boolean isStale(LocalDate latest, LocalDate today) {
		return latest == null || ChronoUnit.DAYS.between(latest, today) > staleAfterDays();
	}

	/** The oldest date a latest measurement may have without being stale. */
	public LocalDate freshSince(LocalDate today) {
		return today.minusDays(staleAfterDays());
	}

}
