package dev.plumbline.audit;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each organization's revision in the database: one more with every change (bumped in the change's own
 * transaction), so that an in-memory audit model that saw revision n may take the change to n + 1
 * incrementally, and knows it is stale when it sees any other number, whichever node made the change.
 */
@Component
class AuditRevisions {

	/** No revision is known (no row yet): the model must be rebuilt. */
	static final long UNKNOWN = -1;

	private final JdbcClient jdbc;

	AuditRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Bumps the revision in the caller's transaction and returns the new one, or {@link #UNKNOWN} when the
	 * organization has no row yet. Never inserts here: a failed insert would abort the caller's write on
	 * PostgreSQL. The row lock it takes lasts until the change commits, so one organization's writes
	 * commit one after another; two writers never get the same revision.
	 */
	long bump(UUID organizationId) {
		int updated = this.jdbc.sql("UPDATE audit_revision SET revision = revision + 1 WHERE organization_id = ?")
			.param(organizationId)
			.update();
		return updated == 0 ? UNKNOWN : current(organizationId);
	}

	/**
	 * The revision now, creating the row at 0 when it is missing (an organization made after V018). Call it
	 * outside a change's transaction; should two nodes create the row at once, one fails and rebuilds later.
	 */
	long currentOrCreate(UUID organizationId) {
		long revision = current(organizationId);
		if (revision != UNKNOWN) {
			return revision;
		}
		this.jdbc.sql("""
				INSERT INTO audit_revision (organization_id, revision)
				SELECT id, 0 FROM organization WHERE id = ? AND NOT EXISTS (SELECT 1 FROM audit_revision WHERE organization_id = ?)""")
			.params(organizationId, organizationId)
			.update();
		return current(organizationId);
	}

	private long current(UUID organizationId) {
		return this.jdbc.sql("SELECT revision FROM audit_revision WHERE organization_id = ?")
			.param(organizationId)
			.query(Long.class)
			.optional()
			.orElse(UNKNOWN);
	}

}
