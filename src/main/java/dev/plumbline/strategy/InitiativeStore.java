package dev.plumbline.strategy;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Initiatives and their links in SQL. Every statement is scoped to the organization. A list costs one
 * query for the rows and one for all their links, whatever its length.
 */
@Repository
class InitiativeStore {

	private static final String SELECT = """
			SELECT i.id, i.initiative_key, i.name, i.description, i.owner_id, p.name AS owner_name,
			       t.name AS team_name, i.status, i.start_date, i.end_date, i.budget, i.fte, i.progress,
			       i.version, i.updated_at
			FROM initiative i LEFT JOIN person p ON p.id = i.owner_id LEFT JOIN team t ON t.id = p.team_id
			""";

	private final JdbcClient jdbc;

	InitiativeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, String key, String name, String description, UUID ownerId, String ownerName,
			String teamName, InitiativeStatus status, LocalDate start, LocalDate end, java.math.BigDecimal budget,
			java.math.BigDecimal fte, int progress, long version, Instant updatedAt) {
	}

	private record Links(List<String> pillars, List<UUID> objectives, List<String> painPoints) {
	}

	void insert(UUID organizationId, UUID id, InitiativeRules.Checked initiative, Instant now) {
		this.jdbc.sql("""
				INSERT INTO initiative (id, organization_id, initiative_key, name, description, owner_id, status,
				  start_date, end_date, budget, fte, progress, created_at, updated_at, version)
				VALUES (:id, :org, :key, :name, :description, :owner, :status, :start, :end, :budget, :fte, :progress,
				  :now, :now, 0)
				""")
			.param("id", id)
			.param("org", organizationId)
			.params(columns(initiative))
			.param("now", Timestamp.from(now))
			.update();
		replaceLinks(organizationId, id, initiative);
	}

	/** @return false when the row is not at {@code expectedVersion} (or not there) */
	boolean update(UUID organizationId, UUID id, long expectedVersion, InitiativeRules.Checked initiative,
			Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE initiative SET initiative_key = :key, name = :name, description = :description,
				  owner_id = :owner, status = :status, start_date = :start, end_date = :end, budget = :budget,
				  fte = :fte, progress = :progress, updated_at = :now, version = version + 1
				WHERE id = :id AND organization_id = :org AND version = :expected
				""")
			.params(columns(initiative))
			.param("id", id)
			.param("org", organizationId)
			.param("expected", expectedVersion)
			.param("now", Timestamp.from(now))
			.update();
		if (updated == 0) {
			return false;
		}
		replaceLinks(organizationId, id, initiative);
		return true;
	}

	boolean delete(UUID organizationId, UUID id) {
		return this.jdbc.sql("DELETE FROM initiative WHERE id = :id AND organization_id = :org")
			.param("id", id)
			.param("org", organizationId)
			.update() > 0;
	}

	Optional<Initiative> find(UUID organizationId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE i.organization_id = :org AND i.id = :id")
			.param("org", organizationId)
			.param("id", id)
			.query(InitiativeStore::row)
			.optional()
			.map(row -> withLinks(organizationId, List.of(row)).get(0));
	}

	long count(UUID organizationId, InitiativeFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(organizationId, filter, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM initiative i WHERE " + where).params(params).query(Long.class).single();
	}

	/** One page in name order; {@code size} 0 means every row. */
	List<Initiative> list(UUID organizationId, InitiativeFilter filter, long offset, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(organizationId, filter, params);
		String sql = SELECT + " WHERE " + where + " ORDER BY i.name, i.id";
		if (size > 0) {
			sql += " LIMIT :limit OFFSET :offset";
			params.put("limit", size);
			params.put("offset", offset);
		}
		return withLinks(organizationId, this.jdbc.sql(sql).params(params).query(InitiativeStore::row).list());
	}

	List<Initiative> forObjective(UUID organizationId, UUID objectiveId) {
		return withLinks(organizationId, this.jdbc.sql(SELECT + """
				 WHERE i.organization_id = :org AND i.id IN
				   (SELECT initiative_id FROM initiative_objective WHERE organization_id = :org AND objective_id = :objective)
				 ORDER BY i.name
				""").param("org", organizationId).param("objective", objectiveId).query(InitiativeStore::row).list());
	}

	long currentVersion(UUID organizationId, UUID id) {
		return this.jdbc.sql("SELECT version FROM initiative WHERE id = :id AND organization_id = :org")
			.param("id", id)
			.param("org", organizationId)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	private static String where(UUID organizationId, InitiativeFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("i.organization_id = :org");
		params.put("org", organizationId);
		if (filter.status() != null) {
			where.append(" AND i.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.ownerId() != null) {
			where.append(" AND i.owner_id = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.pillar() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM initiative_pillar ip WHERE ip.initiative_id = i.id"
					+ " AND ip.organization_id = :org AND ip.pillar_key = :pillar)");
			params.put("pillar", filter.pillar());
		}
		return where.toString();
	}

	private void replaceLinks(UUID organizationId, UUID id, InitiativeRules.Checked initiative) {
		for (String table : List.of("initiative_pillar", "initiative_objective", "initiative_pain_point")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE initiative_id = :id AND organization_id = :org")
				.param("id", id)
				.param("org", organizationId)
				.update();
		}
		initiative.pillars().forEach(key -> link("initiative_pillar", "pillar_key", organizationId, id, key));
		initiative.objectives().forEach(objective -> link("initiative_objective", "objective_id", organizationId, id, objective));
		initiative.painPoints().forEach(ref -> link("initiative_pain_point", "pain_point_ref", organizationId, id, ref));
	}

	private void link(String table, String column, UUID organizationId, UUID id, Object value) {
		this.jdbc.sql("INSERT INTO " + table + " (organization_id, initiative_id, " + column + ") VALUES (:org, :id, :value)")
			.param("org", organizationId)
			.param("id", id)
			.param("value", value)
			.update();
	}

	/** The links of every row, read in one query. */
	private List<Initiative> withLinks(UUID organizationId, List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Collection<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, Links> links = new HashMap<>();
		this.jdbc.sql("""
				SELECT initiative_id, 'p' AS kind, pillar_key AS ref FROM initiative_pillar
				  WHERE organization_id = :org AND initiative_id IN (:ids)
				UNION ALL
				SELECT initiative_id, 'o' AS kind, CAST(objective_id AS VARCHAR(36)) AS ref FROM initiative_objective
				  WHERE organization_id = :org AND initiative_id IN (:ids)
				UNION ALL
				SELECT initiative_id, 'j' AS kind, pain_point_ref AS ref FROM initiative_pain_point
				  WHERE organization_id = :org AND initiative_id IN (:ids)
				ORDER BY 1, 2, 3
				""").param("org", organizationId).param("ids", ids).query((rs, i) -> {
			Links of = links.computeIfAbsent(rs.getObject("initiative_id", UUID.class),
					id -> new Links(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
			String ref = rs.getString("ref");
			switch (rs.getString("kind")) {
				case "p" -> of.pillars().add(ref);
				case "o" -> of.objectives().add(UUID.fromString(ref));
				default -> of.painPoints().add(ref);
			}
			return ref;
		}).list();
		Links none = new Links(List.of(), List.of(), List.of());
		return rows.stream().map(row -> {
			Links of = links.getOrDefault(row.id(), none);
			return new Initiative(row.id(), row.key(), row.name(), row.description(), row.ownerId(), row.ownerName(),
					row.teamName(), row.status(), row.start(), row.end(), row.budget(), row.fte(), row.progress(),
					of.pillars(), of.objectives(), of.painPoints(), row.version(), row.updatedAt());
		}).toList();
	}

	private static Map<String, Object> columns(InitiativeRules.Checked initiative) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("key", initiative.key());
		columns.put("name", initiative.name());
		columns.put("description", initiative.description());
		columns.put("owner", initiative.ownerId());
		columns.put("status", initiative.status().name());
		columns.put("start", initiative.start() == null ? null : Date.valueOf(initiative.start()));
		columns.put("end", initiative.end() == null ? null : Date.valueOf(initiative.end()));
		columns.put("budget", initiative.budget());
		columns.put("fte", initiative.fte());
		columns.put("progress", initiative.progress());
		return columns;
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		Date start = rs.getDate("start_date");
		Date end = rs.getDate("end_date");
		return new Row(rs.getObject("id", UUID.class), rs.getString("initiative_key"), rs.getString("name"),
				rs.getString("description"), rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
				rs.getString("team_name"), InitiativeStatus.valueOf(rs.getString("status")),
				start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
				rs.getBigDecimal("budget"), rs.getBigDecimal("fte"), rs.getInt("progress"), rs.getLong("version"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
