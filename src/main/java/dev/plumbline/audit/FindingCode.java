package dev.plumbline.audit;

/**
 * The finding codes of "Audit findings v1" (PRODUCT.md). Stable API: the web, the REST API, the
 * command line and exports use the same names.
 */
public enum FindingCode {

	ORPHAN_INITIATIVE(Severity.CRITICAL), ZOMBIE_INITIATIVE(Severity.CRITICAL), UNCOVERED_PILLAR(Severity.WARNING),
	SMART_SPECIFIC(Severity.WARNING), SMART_MEASURABLE(Severity.WARNING), SMART_ACHIEVABLE(Severity.WARNING),
	SMART_RELEVANT(Severity.CRITICAL), SMART_TIMEBOUND(Severity.WARNING), UNOWNED(Severity.WARNING),
	OFF_TRACK(Severity.WARNING), STALE_OBJECTIVE(Severity.INFO), MISALLOCATED_RESOURCES(Severity.WARNING),
	OVERLOADED_OWNER(Severity.INFO), STALE_KPI(Severity.WARNING), KPI_RED(Severity.CRITICAL),
	EMPTY_SEAT(Severity.WARNING), SEAT_WITHOUT_PURPOSE(Severity.WARNING), VALUES_MISFIT(Severity.CRITICAL),
	WRONG_SEAT(Severity.WARNING), UNADDRESSED_PAIN_POINT(Severity.CRITICAL),
	DECISION_AGAINST_MISSION(Severity.CRITICAL), DECISION_REVISIT_DUE(Severity.INFO),
	LOW_ALIGNMENT_SENTIMENT(Severity.WARNING), PERCEPTION_GAP(Severity.WARNING),
	UNRESOLVED_CONCERN(Severity.WARNING), REVIEW_OVERDUE(Severity.WARNING);

	private final Severity severity;

	FindingCode(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

}
