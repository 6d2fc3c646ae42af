package dev.plumbline.objective;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every objective of an organization with its rolled-up progress, read in four queries whatever the size
 * (objectives, pillar links, key results, latest check-in per key result), for other modules.
 */
@Component
@Transactional(readOnly = true)
class ObjectiveCatalog implements ObjectiveDirectory {

	private final JdbcClient jdbc;

	ObjectiveCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(UUID id, String key, String title, UUID parentId, UUID ownerId, String ownerName, UUID teamId,
			String teamName, String status, LocalDate start, LocalDate due) {
	}

	private record KeyResultRow(UUID objectiveId, BigDecimal baseline, BigDecimal target, Direction direction,
			BigDecimal current) {
	}

	@Override
	public List<ObjectiveSummary> summaries(UUID organizationId) {
		return load(organizationId, null);
	}

	/** One objective: reads only its subtree (for the roll-up), never the whole organization. */
	@Override
	public Optional<ObjectiveSummary> byId(UUID organizationId, UUID id) {
		List<UUID> subtree = this.jdbc.sql("""
				WITH RECURSIVE subtree(id) AS (
				    SELECT id FROM objective WHERE organization_id = :org AND id = :id
				    UNION
				    SELECT o.id FROM objective o JOIN subtree s ON o.parent_id = s.id WHERE o.organization_id = :org
				)
				SELECT id FROM subtree
				""")
			.param("org", organizationId)
			.param("id", id)
			.query(UUID.class)
			.list();
		if (subtree.isEmpty()) {
			return Optional.empty();
		}
		return load(organizationId, subtree).stream().filter(s -> s.id().equals(id)).findFirst();
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
				       t.name AS team_name, o.status, o.start_date, o.due_date
				FROM objective o LEFT JOIN person p ON p.id = o.owner_id LEFT JOIN team t ON t.id = o.team_id
				WHERE o.organization_id = :org""" + only + " ORDER BY t.name, o.priority, o.title")
			.param("org", organizationId);
		List<Row> rows = withIds(rowQuery, ids)
			.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("objective_key"),
					rs.getString("title"), rs.getObject("parent_id", UUID.class), rs.getObject("owner_id", UUID.class),
					rs.getString("owner_name"), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
					rs.getString("status"), date(rs.getDate("start_date")), date(rs.getDate("due_date"))))
			.list();
		Map<UUID, List<String>> pillars = new HashMap<>();
		withIds(this.jdbc.sql("SELECT objective_id, pillar_key FROM objective_pillar WHERE organization_id = :org"
				+ (ids == null ? "" : " AND objective_id IN (:ids)") + " ORDER BY pillar_key")
			.param("org", organizationId), ids)
			.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.forEach(e -> pillars.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<UUID, Double> progress = rolledUpProgress(organizationId, rows, ids);
		return rows.stream()
			.map(r -> new ObjectiveSummary(r.id(), r.key(), r.title(), r.parentId(), r.ownerId(), r.ownerName(),
					r.teamId(), r.teamName(), List.copyOf(pillars.getOrDefault(r.id(), List.of())), r.status(),
					r.start(), r.due(), progress.getOrDefault(r.id(), 0.0)))
			.toList();
	}

	private static JdbcClient.StatementSpec withIds(JdbcClient.StatementSpec statement, List<UUID> ids) {
		return ids == null ? statement : statement.param("ids", ids);
	}

	/** Progress of every objective with its children rolled up (see {@link Progress}). */
	private Map<UUID, Double> rolledUpProgress(UUID organizationId, List<Row> rows, List<UUID> ids) {
		Map<UUID, List<OptionalDouble>> keyResults = new HashMap<>();
		String only = (ids == null) ? "" : " AND k.objective_id IN (:ids)";
		String onlyCheckIns = (ids == null) ? ""
				: " AND key_result_id IN (SELECT id FROM key_result WHERE objective_id IN (:ids))";
		withIds(this.jdbc.sql("""
				SELECT k.objective_id, k.baseline, k.target, k.direction, c.check_value
				FROM key_result k
				LEFT JOIN (SELECT key_result_id, check_value,
				                  ROW_NUMBER() OVER (PARTITION BY key_result_id ORDER BY check_date DESC, created_at DESC) AS n
				           FROM check_in WHERE organization_id = :org""" + onlyCheckIns + """
				) c ON c.key_result_id = k.id AND c.n = 1
				WHERE k.organization_id = :org""" + only)
			.param("org", organizationId), ids)
			.query((rs, i) -> new KeyResultRow(rs.getObject(1, UUID.class), rs.getBigDecimal(2), rs.getBigDecimal(3),
					Direction.valueOf(rs.getString(4)), rs.getBigDecimal(5)))
			.list()
			.forEach(k -> keyResults.computeIfAbsent(k.objectiveId(), x -> new ArrayList<>())
				.add(Progress.ofKeyResult(k.baseline(), k.target(), k.direction(), k.current())));
		Map<UUID, List<UUID>> children = new HashMap<>();
		rows.stream().filter(r -> r.parentId() != null)
			.forEach(r -> children.computeIfAbsent(r.parentId(), x -> new ArrayList<>()).add(r.id()));
		Map<UUID, Double> done = new HashMap<>();
		for (Row row : rows) {
			rollUp(row.id(), keyResults, children, done, new HashSet<>());
		}
		return done;
	}

	private double rollUp(UUID id, Map<UUID, List<OptionalDouble>> keyResults, Map<UUID, List<UUID>> children,
			Map<UUID, Double> done, Set<UUID> path) {
		Double known = done.get(id);
		if (known != null) {
			return known;
		}
		if (!path.add(id)) {
			return 0; // a cycle in the cascade (refused on write); never loop
		}
		List<Double> childProgress = new ArrayList<>();
		for (UUID child : children.getOrDefault(id, List.of())) {
			childProgress.add(rollUp(child, keyResults, children, done, path));
		}
		double value = Progress.ofObjective(keyResults.getOrDefault(id, List.of()), childProgress);
		done.put(id, value);
		return value;
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
