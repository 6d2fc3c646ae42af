package dev.plumbline.objective;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.Reads;

/**
 * Every objective of an organization with its rolled-up progress (stored: {@link ObjectiveProgress}), read in
 * two queries whatever the size (objectives, pillar links), for other modules.
 */
@Component
@Reads
class ObjectiveCatalog implements ObjectiveDirectory {

	private final JdbcClient jdbc;

	ObjectiveCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, String key, String title, UUID parentId, UUID ownerId, String ownerName, UUID teamId,
			String teamName, String status, LocalDate start, LocalDate due, double progress) {
	}

	@Override
	public List<ObjectiveSummary> summaries(UUID organizationId) {
		return load(organizationId, null);
	}

	@Override
	public Optional<ObjectiveSummary> byId(UUID organizationId, UUID id) {
		return load(organizationId, List.of(id)).stream().findFirst();
	}

	@Override
	public Optional<ObjectiveSummary> byKey(UUID organizationId, String key) {
		return this.jdbc.sql("SELECT id FROM objective WHERE organization_id = :org AND objective_key = :key")
			.param("org", organizationId)
			.param("key", key)
			.query(UUID.class)
			.optional()
			.flatMap(id -> byId(organizationId, id));
	}

	/** The objectives of the organization, or only those with the given ids (a whole subtree). */
	private List<ObjectiveSummary> load(UUID organizationId, List<UUID> ids) {
		String only = (ids == null) ? "" : " AND o.id IN (:ids)";
		JdbcClient.StatementSpec rowQuery = this.jdbc.sql("""
				SELECT o.id, o.objective_key, o.title, o.parent_id, o.owner_id, p.name AS owner_name, o.team_id,
				       t.name AS team_name, o.status, o.start_date, o.due_date, o.progress
				FROM objective o LEFT JOIN person p ON p.id = o.owner_id LEFT JOIN team t ON t.id = o.team_id
				WHERE o.organization_id = :org""" + only + " ORDER BY t.name, o.priority, o.title")
			.param("org", organizationId);
		List<Row> rows = withIds(rowQuery, ids)
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("objective_key"),
					rs.getString("title"), rs.getObject("parent_id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getString("owner_name"), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
					rs.getString("status"), date(rs.getDate("start_date")), date(rs.getDate("due_date")),
					rs.getDouble("progress")))
			.list();
		Map<UUID, List<String>> pillars = new HashMap<>();
		withIds(this.jdbc.sql("SELECT objective_id, pillar_key FROM objective_pillar WHERE organization_id = :org"
				+ (ids == null ? "" : " AND objective_id IN (:ids)") + " ORDER BY pillar_key")
			.param("org", organizationId), ids)
			.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> pillars.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return rows.stream()
			.map(r -> new ObjectiveSummary(r.id(), r.key(), r.title(), r.parentId(), r.ownerId(), r.ownerName(),
					r.teamId(), r.teamName(), List.copyOf(pillars.getOrDefault(r.id(), List.of())), r.status(),
					r.start(), r.due(), r.progress()))
			.toList();
	}

	private static JdbcClient.StatementSpec withIds(JdbcClient.StatementSpec statement, List<UUID> ids) {
		return ids == null ? statement : statement.param("ids", ids);
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
