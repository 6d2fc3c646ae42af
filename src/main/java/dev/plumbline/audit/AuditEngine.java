package dev.plumbline.audit;

import java.time.LocalDate;
import java.util.Comparator;

import dev.plumbline.interchange.OrganizationFile;

/**
 * The one audit: a pure function of an organization (from a file or from the database), its
 * thresholds and a reference date. Plain Java, no Spring. Graph → every rule → the index from those
 * findings → PERCEPTION_GAP against the teams' measured index → findings sorted → the final index
 * (docs/audit.md).
 */
public final class AuditEngine {

	/** Report order: severity (critical first), code (in the order of "Audit findings v1"), subject kind, key. */
	static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::code)
		.thenComparing(f -> f.subject().kind(), Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(f -> f.subject().key(), Comparator.nullsFirst(Comparator.naturalOrder()));

	private AuditEngine() {
	}

	/**
	 * Audits {@code organization} as of {@code asOf} with the thresholds it carries. Deterministic. A null
	 * {@code asOf} falls back to the file's {@code asOf}, then to today.
	 */
	public static AuditReport run(OrganizationFile organization, LocalDate asOf) {
		return prepare(organization, asOf).report();
	}

	/**
	 * As {@link #run}, keeping what the next run needs: {@code prepare(file, asOf).afterCheckIn(objective,
	 * keyResult, checkIn)} gives the report after one more check-in without a full rerun.
	 */
	public static PreparedAudit prepare(OrganizationFile organization, LocalDate asOf) {
		LocalDate today = asOf != null ? asOf : organization.asOf() != null ? organization.asOf() : LocalDate.now();
		return PreparedAudit.of(organization, today);
	}

}
