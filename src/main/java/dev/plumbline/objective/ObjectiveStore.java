package dev.plumbline.objective;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;

/**
 * Writes objectives, key results and check-ins with plain SQL. Every statement names the organization;
 * the objective row's version column is the optimistic lock.
 */
@Repository
class ObjectiveStore {

	private final JdbcClient jdbc;

	ObjectiveStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The few columns the use cases need to decide. */
	record Head(UUID id, String key, String title, UUID ownerId, UUID teamId, UUID parentId, int priority, long version) {
	}

	/** A key result with the owner of its objective, for check-ins. */
	record KeyResultHead(UUID id, String key, UUID objectiveId, String objectiveKey, UUID ownerId) {
	}

	Optional<Head> head(UUID org, UUID id) {
		return this.jdbc.sql("""
				SELECT id, objective_key, title, owner_id, team_id, parent_id, priority, version FROM objective
				WHERE organization_id = :org AND id = :id
				""")
			.param("org", org).param("id", id)
			.query((rs, i) -> new Head(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getInt(7),
					rs.getLong(8)))
			.optional();
	}

	Optional<KeyResultHead> keyResult(UUID org, UUID id) {
		return this.jdbc.sql("""
				SELECT k.id, k.kr_key, o.id, o.objective_key, o.owner_id FROM key_result k JOIN objective o ON o.id = k.objective_id
				WHERE k.organization_id = :org AND k.id = :id
				""")
			.param("org", org).param("id", id)
			.query((rs, i) -> new KeyResultHead(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getObject(5, UUID.class)))
			.optional();
	}

	/** Key results by their CSV name {@code objectiveKey.krKey}; a name may match more than one (ambiguous). */
	Map<String, List<KeyResultHead>> keyResultsByPath(UUID org, List<String> paths) {
		if (paths.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				SELECT k.id, k.kr_key, o.id, o.objective_key, o.owner_id FROM key_result k JOIN objective o ON o.id = k.objective_id
				WHERE k.organization_id = :org AND o.objective_key || '.' || k.kr_key IN (:paths)
				""")
			.param("org", org).param("paths", paths)
			.query((rs, i) -> new KeyResultHead(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getObject(5, UUID.class)))
			.list().stream()
			.collect(Collectors.groupingBy(k -> k.objectiveKey() + "." + k.key()));
	}

	boolean keyTaken(UUID org, String key, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM objective WHERE organization_id = :org AND objective_key = :key AND id <> :except")
			.param("org", org).param("key", key).param("except", except == null ? new UUID(0, 0) : except)
			.query(Long.class).single() > 0;
	}

	/** The objective's ancestors, nearest first (stops at a cycle). */
	List<UUID> ancestors(UUID org, UUID parentId) {
		List<UUID> chain = new java.util.ArrayList<>();
		UUID current = parentId;
		while (current != null && !chain.contains(current) && chain.size() < 1000) {
			chain.add(current);
			current = this.jdbc.sql("SELECT parent_id FROM objective WHERE organization_id = :org AND id = :id")
				.param("org", org).param("id", current)
				.query((rs, i) -> rs.getObject(1, UUID.class)).optional().orElse(null);
		}
		return chain;
	}

	/** The pillar keys of the given objectives, together. */
	List<String> pillarsOf(UUID org, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT DISTINCT pillar_key FROM objective_pillar WHERE organization_id = :org AND objective_id IN (:ids) ORDER BY pillar_key")
			.param("org", org).param("ids", ids).query(String.class).list();
	}

	int nextPriority(UUID org, UUID teamId) {
		return this.jdbc.sql("SELECT COALESCE(MAX(priority) + 1, 0) FROM objective WHERE organization_id = :org AND "
				+ (teamId == null ? "team_id IS NULL" : "team_id = :team"))
			.param("org", org).params(teamId == null ? Map.of() : Map.of("team", teamId))
			.query(Integer.class).single();
	}

	void insert(UUID org, UUID id, ObjectiveDraft d, int priority, Instant now) {
		this.jdbc.sql("""
				INSERT INTO objective (id, organization_id, objective_key, title, description, owner_id, team_id, parent_id,
				                       priority, start_date, due_date, status, created_at, updated_at, version)
				VALUES (:id, :org, :key, :title, :description, :owner, :team, :parent, :priority, :start, :due, :status, :now, :now, 0)
				""")
			.params(columns(org, id, d, priority, now)).update();
	}

	boolean update(UUID org, UUID id, long expected, ObjectiveDraft d, int priority, Instant now) {
		Map<String, Object> params = columns(org, id, d, priority, now);
		params.put("expected", expected);
		return this.jdbc.sql("""
				UPDATE objective SET objective_key = :key, title = :title, description = :description, owner_id = :owner,
				       team_id = :team, parent_id = :parent, priority = :priority, start_date = :start, due_date = :due,
				       status = :status, updated_at = :now, version = version + 1
				WHERE organization_id = :org AND id = :id AND version = :expected
				""")
			.params(params).update() == 1;
	}

	private static Map<String, Object> columns(UUID org, UUID id, ObjectiveDraft d, int priority, Instant now) {
		Map<String, Object> p = new java.util.HashMap<>();
		p.put("id", id);
		p.put("org", org);
		p.put("key", d.key());
		p.put("title", d.title());
		p.put("description", d.description());
		p.put("owner", d.ownerId());
		p.put("team", d.teamId());
		p.put("parent", d.parentId());
		p.put("priority", priority);
		p.put("start", d.start() == null ? null : Date.valueOf(d.start()));
		p.put("due", d.due() == null ? null : Date.valueOf(d.due()));
		p.put("status", d.status().name());
		p.put("now", Timestamp.from(now));
		return p;
	}

	void replacePillars(UUID org, UUID id, List<String> pillars) {
		this.jdbc.sql("DELETE FROM objective_pillar WHERE organization_id = :org AND objective_id = :id").param("org", org).param("id", id).update();
		pillars.forEach(p -> this.jdbc.sql("INSERT INTO objective_pillar (organization_id, objective_id, pillar_key) VALUES (:org, :id, :key)")
			.param("org", org).param("id", id).param("key", p).update());
	}

	/** Replaces the key results, keeping the row (and its check-ins) of every key that stays. */
	void replaceKeyResults(UUID org, UUID objectiveId, List<KeyResultDraft> keyResults) {
		Map<String, UUID> existing = this.jdbc.sql("SELECT kr_key, id FROM key_result WHERE organization_id = :org AND objective_id = :id")
			.param("org", org).param("id", objectiveId)
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<String> keep = keyResults.stream().map(KeyResultDraft::key).toList();
		existing.entrySet().stream().filter(e -> !keep.contains(e.getKey())).forEach(e ->
			this.jdbc.sql("DELETE FROM key_result WHERE organization_id = :org AND id = :id").param("org", org).param("id", e.getValue()).update());
		for (int i = 0; i < keyResults.size(); i++) {
			KeyResultDraft kr = keyResults.get(i);
			UUID id = existing.get(kr.key());
			String sql = (id == null) ? """
					INSERT INTO key_result (id, organization_id, objective_id, kr_key, title, unit, baseline, target, direction, position, version)
					VALUES (:id, :org, :objective, :key, :title, :unit, :baseline, :target, :direction, :position, 0)
					""" : """
					UPDATE key_result SET title = :title, unit = :unit, baseline = :baseline, target = :target,
					       direction = :direction, position = :position, version = version + 1
					WHERE id = :id AND organization_id = :org AND objective_id = :objective
					""";
			this.jdbc.sql(sql).param("id", id == null ? UUID.randomUUID() : id).param("org", org).param("objective", objectiveId)
				.param("key", kr.key()).param("title", kr.title()).param("unit", kr.unit()).param("baseline", kr.baseline())
				.param("target", kr.target()).param("direction", kr.direction().name()).param("position", i).update();
		}
	}

	long children(UUID org, UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM objective WHERE organization_id = :org AND parent_id = :id")
			.param("org", org).param("id", id).query(Long.class).single();
	}

	boolean delete(UUID org, UUID id, long expected) {
		return this.jdbc.sql("DELETE FROM objective WHERE organization_id = :org AND id = :id AND version = :expected")
			.param("org", org).param("id", id).param("expected", expected).update() == 1;
	}

	/** The team's objectives in rank order (id and priority). */
	List<Map.Entry<UUID, Integer>> ranking(UUID org, UUID teamId) {
		return this.jdbc.sql("SELECT id, priority FROM objective WHERE organization_id = :org AND "
				+ (teamId == null ? "team_id IS NULL" : "team_id = :team") + " ORDER BY priority, title, id")
			.param("org", org).params(teamId == null ? Map.of() : Map.of("team", teamId))
			.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2))).list();
	}

	void setPriority(UUID org, UUID id, int priority) {
		this.jdbc.sql("UPDATE objective SET priority = :priority, version = version + 1 WHERE organization_id = :org AND id = :id")
			.param("org", org).param("id", id).param("priority", priority).update();
	}

	void insertCheckIn(UUID org, UUID keyResultId, LocalDate date, BigDecimal value, BigDecimal confidence, String note,
			Instant now, UUID actor) {
		this.jdbc.sql("""
				INSERT INTO check_in (id, organization_id, key_result_id, check_date, check_value, confidence, note, created_at, created_by)
				VALUES (:id, :org, :kr, :date, :value, :confidence, :note, :now, :actor)
				""")
			.param("id", UUID.randomUUID()).param("org", org).param("kr", keyResultId).param("date", Date.valueOf(date))
			.param("value", value).param("confidence", confidence).param("note", note == null ? "" : note)
			.param("now", Timestamp.from(now)).param("actor", actor).update();
	}

}
