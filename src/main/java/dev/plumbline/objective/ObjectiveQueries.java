package dev.plumbline.objective;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.objective.ObjectiveViews.CheckInView;
import dev.plumbline.objective.ObjectiveViews.Detail;
import dev.plumbline.objective.ObjectiveViews.Filter;
import dev.plumbline.objective.ObjectiveViews.Item;
import dev.plumbline.objective.ObjectiveViews.KeyResultView;
import dev.plumbline.objective.ObjectiveViews.Link;
import dev.plumbline.objective.ObjectiveViews.Mine;
import dev.plumbline.shared.IndexHints;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of objectives for pages and the API. A list page costs a fixed number of queries whatever
 * its size: the rows with their stored progress roll-up ({@link ObjectiveProgress}), the count, their pillars.
 */
@Component
@Reads
public class ObjectiveQueries {

	private static final String SELECT = """
			SELECT o.id, o.objective_key, o.title, o.owner_id, p.name AS owner_name, o.team_id, t.name AS team_name,
			       o.status, o.start_date, o.due_date, o.priority, o.version, o.progress
			FROM objective o LEFT JOIN person p ON p.id = o.owner_id LEFT JOIN team t ON t.id = o.team_id
			""";

	/**
	 * The latest check-in of key result k, as scalar subqueries (same on H2 and PostgreSQL). The id settles
	 * check-ins of one day imported together (same created_at): an import's ids follow the file's order.
	 */
	static final String LATEST = """
			(SELECT c.%s FROM check_in c WHERE c.key_result_id = k.id ORDER BY c.check_date DESC, c.created_at DESC, c.id DESC LIMIT 1)
			""";

	private final JdbcClient jdbc;

	private final IndexHints hints;

	ObjectiveQueries(JdbcClient jdbc, IndexHints hints) {
		this.jdbc = jdbc;
		this.hints = hints;
	}

	public Paged<Item> page(UUID org, Filter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE o.organization_id = :org");
		Map<String, Object> params = new HashMap<>();
		params.put("org", org);
		if (filter.team() != null) {
			where.append(" AND o.team_id = :team");
			params.put("team", filter.team());
		}
		if (filter.owner() != null) {
			where.append(" AND o.owner_id = :owner");
			params.put("owner", filter.owner());
		}
		if (filter.status() != null) {
			where.append(" AND o.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.pillar() != null && !filter.pillar().isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM objective_pillar op WHERE op.objective_id = o.id AND op.pillar_key = :pillar)");
			params.put("pillar", filter.pillar().strip());
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM objective o" + where).params(params).query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Item> rows = this.jdbc.sql(SELECT + where + " ORDER BY t.name, o.priority, o.title, o.id LIMIT :limit OFFSET :offset")
			.params(params).query(ObjectiveQueries::item).list();
		return new Paged<>(complete(org, rows), page, size, total);
	}

	/** The id of the objective with this key (links from audit findings and the alignment graph). */
	public Optional<UUID> idOfKey(UUID org, String key) {
		return this.jdbc.sql("SELECT id FROM objective WHERE organization_id = ? AND objective_key = ?")
			.params(org, key)
			.query(UUID.class)
			.optional();
	}

	public Optional<Item> item(UUID org, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE o.organization_id = :org AND o.id = :id").param("org", org).param("id", id)
			.query(ObjectiveQueries::item).optional().map(i -> complete(org, List.of(i)).get(0));
	}

	/**
	 * The objective with its key results, check-ins, parent, children and pillar chain; 404 when not in the
	 * org. The objective and its children are completed together.
	 */
	public Detail detail(UUID org, UUID id) {
		Item raw = this.jdbc.sql(SELECT + " WHERE o.organization_id = :org AND o.id = :id").param("org", org).param("id", id)
			.query(ObjectiveQueries::item).optional()
			.orElseThrow(() -> new NotFoundException("No objective " + id + " in this organization"));
		List<Item> rows = new ArrayList<>();
		rows.add(raw);
		rows.addAll(this.jdbc.sql(SELECT + " WHERE o.organization_id = :org AND o.parent_id = :id ORDER BY o.priority, o.title")
			.param("org", org).param("id", id).query(ObjectiveQueries::item).list());
		List<Item> completed = complete(org, rows);
		Item item = completed.get(0);
		List<KeyResultView> keyResults = keyResults(org, List.of(id), true).getOrDefault(id, List.of());
		record Row(String description, UUID parentId, String parentKey, String parentTitle, String parentStatus,
				double parentProgress) {
		}
		Row row = this.jdbc.sql("""
				SELECT o.description, o.parent_id, p.objective_key, p.title, p.status, p.progress FROM objective o
				LEFT JOIN objective p ON p.id = o.parent_id AND p.organization_id = o.organization_id
				WHERE o.organization_id = :org AND o.id = :id
				""").param("org", org).param("id", id)
			.query((rs, i) -> new Row(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getDouble(6)))
			.single();
		Link parent = row.parentKey() == null ? null
				: new Link(row.parentId(), row.parentKey(), row.parentTitle(), ObjectiveStatus.valueOf(row.parentStatus()),
						row.parentProgress());
		return new Detail(item, row.description(), parent, keyResults,
				completed.subList(1, completed.size()).stream().map(ObjectiveQueries::link).toList(),
				pillarsThroughChain(org, item.pillars(), row.parentId()));
	}

	/**
	 * The given pillars with those of every ancestor from {@code parentId} up (for the Relevant check), in
	 * one query: the chain is walked by a recursive query rather than two queries per level.
	 */
	public List<String> pillarsThroughChain(UUID org, List<String> own, UUID parentId) {
		List<String> all = new ArrayList<>(own);
		if (parentId != null) {
			all.addAll(this.jdbc.sql("""
					WITH RECURSIVE chain (id, parent_id, depth) AS (
					  SELECT id, parent_id, 0 FROM objective WHERE organization_id = :org AND id = :id
					  UNION ALL
					  SELECT o.id, o.parent_id, c.depth + 1 FROM objective o JOIN chain c ON o.id = c.parent_id
					  WHERE o.organization_id = :org AND c.depth < 50)
					SELECT op.pillar_key FROM chain c JOIN objective_pillar op ON op.objective_id = c.id
					ORDER BY c.depth, op.pillar_key
					""").param("org", org).param("id", parentId).query(String.class).list());
		}
		return all.stream().distinct().toList();
	}

	/** The objectives this person owns, with their key results' latest values. */
	public List<Mine> ownedBy(UUID org, UUID personId) {
		List<Item> items = complete(org, this.jdbc.sql(SELECT + " WHERE o.organization_id = :org AND o.owner_id = :owner ORDER BY o.status, o.due_date, o.title")
			.param("org", org).param("owner", personId).query(ObjectiveQueries::item).list());
		Map<UUID, List<KeyResultView>> keyResults = keyResults(org, items.stream().map(Item::id).toList(), false);
		return items.stream().map(i -> new Mine(i, keyResults.getOrDefault(i.id(), List.of()))).toList();
	}

	/** One of "my" objectives again (after a check-in), by the key result's id. */
	public Mine mineByKeyResult(UUID org, UUID keyResultId) {
		UUID objectiveId = this.jdbc.sql("SELECT objective_id FROM key_result WHERE organization_id = :org AND id = :id")
			.param("org", org).param("id", keyResultId).query((rs, i) -> rs.getObject(1, UUID.class)).optional()
			.orElseThrow(() -> new NotFoundException("No key result " + keyResultId + " in this organization"));
		Item item = item(org, objectiveId).orElseThrow();
		return new Mine(item, keyResults(org, List.of(objectiveId), false).getOrDefault(objectiveId, List.of()));
	}

	/** A team's objectives in rank order (null team: objectives without a team). */
	public List<Item> ranking(UUID org, UUID team) {
		return complete(org, this.jdbc.sql(SELECT + " WHERE o.organization_id = :org AND "
				+ (team == null ? "o.team_id IS NULL" : "o.team_id = :team") + " ORDER BY o.priority, o.title, o.id")
			.param("org", org).params(team == null ? Map.of() : Map.of("team", team)).query(ObjectiveQueries::item).list());
	}

	private Map<UUID, List<KeyResultView>> keyResults(UUID org, Collection<UUID> objectiveIds, boolean withCheckIns) {
		if (objectiveIds.isEmpty()) {
			return Map.of();
		}
		record Raw(UUID objectiveId, KeyResultView view) {
		}
		List<Raw> raws = this.jdbc.sql("SELECT k.id, k.objective_id, k.kr_key, k.title, k.unit, k.baseline, k.target, k.direction, "
				+ LATEST.formatted("check_value") + " AS current_value, " + LATEST.formatted("confidence") + " AS confidence, "
				+ LATEST.formatted("check_date") + " AS last_date FROM " + this.hints.table("key_result k", "key_result_objective_idx")
				+ " WHERE k.organization_id = :org AND k.objective_id IN (:ids) ORDER BY k.position")
			.param("org", org).param("ids", objectiveIds)
			.query((rs, i) -> {
				BigDecimal baseline = rs.getBigDecimal("baseline");
				BigDecimal target = rs.getBigDecimal("target");
				Direction direction = Direction.valueOf(rs.getString("direction"));
				BigDecimal current = rs.getBigDecimal("current_value");
				OptionalDouble progress = Progress.ofKeyResult(baseline, target, direction, current);
				return new Raw(rs.getObject("objective_id", UUID.class), new KeyResultView(rs.getObject("id", UUID.class),
						rs.getString("kr_key"), rs.getString("title"), rs.getString("unit"), baseline, target, direction,
						current, rs.getBigDecimal("confidence"), date(rs.getDate("last_date")),
						progress.isPresent() ? progress.getAsDouble() : null, List.of()));
			})
			.list();
		Map<UUID, List<CheckInView>> checkIns = new HashMap<>();
		if (withCheckIns && !raws.isEmpty()) {
			this.jdbc.sql("SELECT key_result_id, check_date, check_value, confidence, note FROM "
					+ this.hints.table("check_in", "check_in_latest_idx")
					+ " WHERE organization_id = :org AND key_result_id IN (:ids) ORDER BY check_date, created_at")
				.param("org", org).param("ids", raws.stream().map(r -> r.view().id()).toList())
				.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), new CheckInView(date(rs.getDate(2)),
						rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5))))
				.list()
				.forEach(e -> checkIns.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		}
		Map<UUID, List<KeyResultView>> result = new HashMap<>();
		for (Raw raw : raws) {
			KeyResultView v = raw.view();
			result.computeIfAbsent(raw.objectiveId(), k -> new ArrayList<>()).add(new KeyResultView(v.id(), v.key(), v.title(),
					v.unit(), v.baseline(), v.target(), v.direction(), v.current(), v.confidence(), v.lastCheckIn(), v.progress(),
					checkIns.getOrDefault(v.id(), List.of())));
		}
		return result;
	}

	/** Adds pillars to rows (their rolled-up progress is stored with them: see {@link ObjectiveProgress}). */
	private List<Item> complete(UUID org, List<Item> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<UUID> ids = rows.stream().map(Item::id).toList();
		Map<UUID, List<String>> pillars = new HashMap<>();
		this.jdbc.sql("SELECT objective_id, pillar_key FROM objective_pillar WHERE organization_id = :org AND objective_id IN (:ids) ORDER BY pillar_key")
			.param("org", org).param("ids", ids)
			.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
			.forEach(e -> pillars.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return rows.stream().map(r -> new Item(r.id(), r.key(), r.title(), r.ownerId(), r.ownerName(), r.teamId(), r.teamName(),
				List.copyOf(pillars.getOrDefault(r.id(), List.of())), r.status(), r.start(), r.due(), r.priority(), r.version(),
				r.progress())).toList();
	}

	private static Item item(ResultSet rs, int row) throws SQLException {
		return new Item(rs.getObject("id", UUID.class), rs.getString("objective_key"), rs.getString("title"),
				rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), rs.getObject("team_id", UUID.class),
				rs.getString("team_name"), List.of(), ObjectiveStatus.valueOf(rs.getString("status")),
				date(rs.getDate("start_date")), date(rs.getDate("due_date")), rs.getInt("priority"), rs.getLong("version"),
				rs.getDouble("progress"));
	}

	private static Link link(Item item) {
		return new Link(item.id(), item.key(), item.title(), item.status(), item.progress());
	}

	private static java.time.LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
