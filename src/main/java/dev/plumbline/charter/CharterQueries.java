package dev.plumbline.charter;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Reads;

/**
 * The read side of charters: the current one, its history, a version, the difference between two, and
 * who has acknowledged it.
 */
@Component
@Reads
public class CharterQueries {

	private final CharterStore store;

	private final JdbcClient jdbc;

	private final OrganizationQueries organizations;

	CharterQueries(CharterStore store, JdbcClient jdbc, OrganizationQueries organizations) {
		this.store = store;
		this.jdbc = jdbc;
		this.organizations = organizations;
	}

	public record VersionSummary(long version, Instant createdAt, String createdBy, String summary) {
	}

	public record Acknowledgements(long version, long acknowledged, long expected, boolean mine) {

		/** Share of members who acknowledged the current version, 0–100. */
		public int percent() {
			return this.expected == 0 ? 0 : (int) Math.round(100.0 * this.acknowledged / this.expected);
		}

	}

	public Charter current(UUID organizationId) {
		return this.store.find(organizationId).orElseGet(() -> Charter.none(organizationId));
	}

	public List<VersionSummary> history(UUID organizationId) {
		return this.jdbc.sql("""
				SELECT version, created_at, created_by_name, summary FROM charter_version
				WHERE organization_id = :org ORDER BY version DESC
				""")
			.param("org", organizationId)
			.query((rs, i) -> new VersionSummary(rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by_name"), rs.getString("summary")))
			.list();
	}

	/**
	 * @throws NotFoundException when the organization has no such version
	 */
	public CharterContent version(UUID organizationId, long version) {
		if (version == 0) {
			return CharterContent.EMPTY;
		}
		return this.jdbc.sql("SELECT snapshot FROM charter_version WHERE organization_id = :org AND version = :version")
			.param("org", organizationId)
			.param("version", version)
			.query(String.class)
			.optional()
			.map(CharterSnapshots::read)
			.orElseThrow(() -> new NotFoundException("The charter has no version " + version));
	}

	public CharterDiff diff(UUID organizationId, long from, long to) {
		return CharterDiff.between(from, version(organizationId, from), to, version(organizationId, to));
	}

	/** Who of the current members acknowledged the current version; people who left do not count. */
	public Acknowledgements acknowledgements(UUID organizationId, UUID accountId) {
		long version = this.store.currentVersion(organizationId);
		Set<UUID> expected = this.organizations.acknowledgingMembers(organizationId);
		List<UUID> acknowledged = this.jdbc.sql("""
				SELECT account_id FROM charter_acknowledgement WHERE organization_id = :org AND version = :version
				""")
			.param("org", organizationId)
			.param("version", version)
			.query(UUID.class)
			.list();
		long counted = acknowledged.stream().filter(expected::contains).count();
		return new Acknowledgements(version, counted, expected.size(), acknowledged.contains(accountId));
	}

}
