package dev.plumbline.charter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and writes charters with plain SQL. The charter row's version column is the optimistic lock:
 * an update names the version it was made from and changes nothing when that is no longer current.
 * <p>
 * Every page that names pillars or values reads the charter, and its values, behaviours and pillars change
 * only with its version (every writer moves it: {@link ReviseCharter}, the import's {@link CharterSection}).
 * So the charter row is read each time and the items are kept per organization with the version they were
 * read at: three queries fewer on most pages, and correct on every node, since the version comes from the
 * database. Items are kept only when read outside a writing transaction, which sees what it has not
 * committed yet (and may never).
 */
@Repository
class CharterStore {

	private final JdbcClient jdbc;

	/** The values and pillars of an organization's charter at one version. */
	private record Items(long version, List<CharterValue> values, List<Pillar> pillars) {
	}

	private final Map<UUID, Items> items = new ConcurrentHashMap<>();

	CharterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Charter> find(UUID organizationId) {
		return this.jdbc.sql("""
				SELECT c.version, c.vision, c.mission, c.updated_at, v.created_by_name
				FROM charter c JOIN charter_version v ON v.organization_id = c.organization_id AND v.version = c.version
				WHERE c.organization_id = :org
				""")
			.param("org", organizationId)
			.query((rs, i) -> new Charter(organizationId, rs.getLong("version"),
					new CharterContent(rs.getString("vision"), rs.getString("mission"), List.of(), List.of()),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("created_by_name")))
			.optional()
			.map(charter -> {
				Items at = items(organizationId, charter.version());
				CharterContent content = charter.content();
				return new Charter(organizationId, charter.version(),
						new CharterContent(content.vision(), content.mission(), at.values(), at.pillars()),
						charter.updatedAt(), charter.updatedBy());
			});
	}

	private Items items(UUID organizationId, long version) {
		Items kept = this.items.get(organizationId);
		if (kept != null && kept.version() == version) {
			return kept;
		}
		Items read = new Items(version, values(organizationId), pillars(organizationId));
		boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		if (!writing) {
			this.items.put(organizationId, read);
		}
		return read;
	}

	long currentVersion(UUID organizationId) {
		return this.jdbc.sql("SELECT version FROM charter WHERE organization_id = :org")
			.param("org", organizationId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Creates the charter at version 1; false when it already exists. */
	boolean insert(UUID organizationId, CharterContent content, Instant now, UUID actor) {
		int rows = this.jdbc.sql("""
				INSERT INTO charter (organization_id, version, vision, mission, updated_at, updated_by)
				SELECT :org, 1, :vision, :mission, :now, :actor
				WHERE NOT EXISTS (SELECT 1 FROM charter WHERE organization_id = :org)
				""")
			.param("org", organizationId)
			.param("vision", content.vision())
			.param("mission", content.mission())
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.update();
		return rows == 1;
	}

	/** Moves the charter from {@code expected} to {@code expected + 1}; false when someone else did first. */
	boolean update(UUID organizationId, long expected, CharterContent content, Instant now, UUID actor) {
		return this.jdbc.sql("""
				UPDATE charter SET version = :next, vision = :vision, mission = :mission,
				       updated_at = :now, updated_by = :actor
				WHERE organization_id = :org AND version = :expected
				""")
			.param("org", organizationId)
			.param("expected", expected)
			.param("next", expected + 1)
			.param("vision", content.vision())
			.param("mission", content.mission())
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.update() == 1;
	}

	/** Replaces values and pillars, keeping the row (and id) of every key that stays. */
	void replaceItems(UUID organizationId, CharterContent content) {
		Map<String, UUID> valueIds = ids("charter_value", "value_key", organizationId);
		this.jdbc.sql("DELETE FROM charter_value_behavior WHERE organization_id = :org").param("org", organizationId).update();
		deleteMissing("charter_value", "value_key", organizationId, content.values().stream().map(CharterValue::key).toList());
		for (int i = 0; i < content.values().size(); i++) {
			CharterValue value = content.values().get(i);
			UUID id = valueIds.get(value.key());
			if (id == null) {
				id = UUID.randomUUID();
				this.jdbc.sql("""
						INSERT INTO charter_value (id, organization_id, value_key, name, description, position)
						VALUES (:id, :org, :key, :name, :description, :position)
						""").param("id", id).param("org", organizationId).param("key", value.key())
					.param("name", value.name()).param("description", value.description()).param("position", i).update();
			}
			else {
				this.jdbc.sql("UPDATE charter_value SET name = :name, description = :description, position = :position WHERE id = :id")
					.param("id", id).param("name", value.name()).param("description", value.description())
					.param("position", i).update();
			}
			for (int b = 0; b < value.behaviors().size(); b++) {
				this.jdbc.sql("""
						INSERT INTO charter_value_behavior (organization_id, value_id, position, text)
						VALUES (:org, :value, :position, :text)
						""").param("org", organizationId).param("value", id).param("position", b)
					.param("text", value.behaviors().get(b)).update();
			}
		}
		Map<String, UUID> pillarIds = ids("charter_pillar", "pillar_key", organizationId);
		deleteMissing("charter_pillar", "pillar_key", organizationId, content.pillars().stream().map(Pillar::key).toList());
		for (int i = 0; i < content.pillars().size(); i++) {
			Pillar pillar = content.pillars().get(i);
			UUID id = pillarIds.get(pillar.key());
			String sql = (id == null) ? """
					INSERT INTO charter_pillar (id, organization_id, pillar_key, name, description, weight, position)
					VALUES (:id, :org, :key, :name, :description, :weight, :position)
					""" : """
					UPDATE charter_pillar SET name = :name, description = :description, weight = :weight, position = :position
					WHERE id = :id AND organization_id = :org AND pillar_key = :key
					""";
			this.jdbc.sql(sql).param("id", id == null ? UUID.randomUUID() : id).param("org", organizationId)
				.param("key", pillar.key()).param("name", pillar.name()).param("description", pillar.description())
				.param("weight", pillar.weight()).param("position", i).update();
		}
	}

	void insertVersion(UUID organizationId, long version, CharterContent content, Instant now, UUID actor,
			String actorName, String summary) {
		this.jdbc.sql("""
				INSERT INTO charter_version (organization_id, version, created_at, created_by, created_by_name, summary, snapshot)
				VALUES (:org, :version, :now, :actor, :name, :summary, :snapshot)
				""")
			.param("org", organizationId).param("version", version).param("now", Timestamp.from(now))
			.param("actor", actor).param("name", actorName).param("summary", summary)
			.param("snapshot", CharterSnapshots.write(content))
			.update();
	}

	private List<CharterValue> values(UUID organizationId) {
		Map<UUID, List<String>> behaviors = this.jdbc.sql("""
				SELECT value_id, text FROM charter_value_behavior WHERE organization_id = :org ORDER BY value_id, position
				""")
			.param("org", organizationId)
			.query((rs, i) -> Map.entry(rs.getObject("value_id", UUID.class), rs.getString("text")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
		return this.jdbc.sql("SELECT id, value_key, name, description FROM charter_value WHERE organization_id = :org ORDER BY position")
			.param("org", organizationId)
			.query((rs, i) -> new CharterValue(rs.getString("value_key"), rs.getString("name"),
					rs.getString("description"), behaviors.getOrDefault(rs.getObject("id", UUID.class), new ArrayList<>())))
			.list();
	}

	private List<Pillar> pillars(UUID organizationId) {
		return this.jdbc.sql("SELECT pillar_key, name, description, weight FROM charter_pillar WHERE organization_id = :org ORDER BY position")
			.param("org", organizationId)
			.query((rs, i) -> new Pillar(rs.getString("pillar_key"), rs.getString("name"), rs.getString("description"),
					rs.getInt("weight")))
			.list();
	}

	private Map<String, UUID> ids(String table, String keyColumn, UUID organizationId) {
		return this.jdbc.sql("SELECT " + keyColumn + " AS k, id FROM " + table + " WHERE organization_id = :org")
			.param("org", organizationId)
			.query((rs, i) -> Map.entry(rs.getString("k"), rs.getObject("id", UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private void deleteMissing(String table, String keyColumn, UUID organizationId, List<String> keep) {
		String sql = "DELETE FROM " + table + " WHERE organization_id = :org"
				+ (keep.isEmpty() ? "" : " AND " + keyColumn + " NOT IN (:keep)");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("org", organizationId);
		if (!keep.isEmpty()) {
			statement = statement.param("keep", keep);
		}
		statement.update();
	}

}
