package dev.plumbline.organization;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.PlumblineUser;
import dev.plumbline.shared.Reads;

/**
 * The read side of organizations, memberships and tokens, for pages and other modules.
 */
@Component
@Reads
public class OrganizationQueries {

	private final JdbcClient jdbc;

	OrganizationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record MyOrganization(String slug, String name, Role role, long members) {
	}

	public record Member(UUID membershipId, UUID accountId, String email, String displayName, Role role,
			Instant since, long version) {
	}

	public record TokenSummary(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean active() {
			return this.revokedAt == null;
		}

	}

	/** The organization behind a slug as the given person sees it; empty when they are not a member. */
	public Optional<CurrentOrganization> membership(String slug, PlumblineUser user) {
		return this.jdbc.sql("""
				SELECT o.id, o.slug, o.name, m.role FROM organization o
				JOIN membership m ON m.organization_id = o.id
				WHERE o.slug = :slug AND m.account_id = :account
				""")
			.param("slug", slug)
			.param("account", user.userId())
			.query((rs, i) -> new CurrentOrganization(rs.getObject("id", UUID.class), rs.getString("slug"),
					rs.getString("name"), Role.valueOf(rs.getString("role")), user))
			.optional();
	}

	public List<MyOrganization> organizationsOf(UUID accountId) {
		return this.jdbc.sql("""
				SELECT o.slug, o.name, m.role,
				       (SELECT count(*) FROM membership x WHERE x.organization_id = o.id) AS members
				FROM organization o JOIN membership m ON m.organization_id = o.id
				WHERE m.account_id = :account ORDER BY o.name
				""")
			.param("account", accountId)
			.query((rs, i) -> new MyOrganization(rs.getString("slug"), rs.getString("name"),
					Role.valueOf(rs.getString("role")), rs.getLong("members")))
			.list();
	}

	public List<Member> members(UUID organizationId) {
		return this.jdbc.sql("""
				SELECT m.id, a.id AS account_id, a.email, a.display_name, m.role, m.created_at, m.version
				FROM membership m JOIN account a ON a.id = m.account_id
				WHERE m.organization_id = :org ORDER BY a.display_name
				""")
			.param("org", organizationId)
			.query((rs, i) -> new Member(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
					rs.getString("email"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
					rs.getTimestamp("created_at").toInstant(), rs.getLong("version")))
			.list();
	}

	/** Members who are expected to acknowledge the charter: everyone but read-only stakeholders. */
	public Set<UUID> acknowledgingMembers(UUID organizationId) {
		return new HashSet<>(this.jdbc
			.sql("SELECT account_id FROM membership WHERE organization_id = :org AND role <> 'STAKEHOLDER'")
			.param("org", organizationId)
			.query(UUID.class)
			.list());
	}

	public List<TokenSummary> tokensOf(UUID accountId) {
		return this.jdbc.sql("""
				SELECT id, name, token_prefix, created_at, last_used_at, revoked_at FROM api_token
				WHERE account_id = :account ORDER BY created_at DESC
				""")
			.param("account", accountId)
			.query((rs, i) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("token_prefix"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** The id behind a slug, for system tasks (seeding, import); requests use {@link #membership}. */
	public Optional<UUID> organizationIdOf(String slug) {
		return this.jdbc.sql("SELECT id FROM organization WHERE slug = :slug").param("slug", slug).query(UUID.class).optional();
	}

	/** Name and slug of an organization by id, for system tasks (export, audit). */
	public Optional<MyOrganization> organization(UUID organizationId) {
		return this.jdbc.sql("""
				SELECT o.slug, o.name, (SELECT count(*) FROM membership m WHERE m.organization_id = o.id)
				FROM organization o WHERE o.id = :id
				""")
			.param("id", organizationId)
			.query((rs, i) -> new MyOrganization(rs.getString(1), rs.getString(2), null, rs.getLong(3)))
			.optional();
	}

	public boolean anyOrganizationExists() {
		return this.jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single() > 0;
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
