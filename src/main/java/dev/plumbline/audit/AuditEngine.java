package dev.plumbline.audit;

import java.time.LocalDate;

import dev.plumbline.interchange.OrganizationFile;

/**
 * The one audit: a pure function of an organization (from a file or from the database), its
 * thresholds and a reference date. Plain Java, no Spring.
 */
public final class AuditEngine {

	private AuditEngine() {
	}

	/** Audits {@code organization} as of {@code asOf} with the thresholds it carries. Deterministic. */
	public static AuditReport run(OrganizationFile organization, LocalDate asOf) {
		throw new UnsupportedOperationException("engine: being built on branch audit-engine");
	}

}
