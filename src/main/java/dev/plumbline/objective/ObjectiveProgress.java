package dev.plumbline.objective;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.IndexHints;

/**
 * Keeps {@code objective.progress}, the stored roll-up (see {@link Progress}), true on every write: a change
 * to an objective's key results, check-ins or parent recomputes that objective and its ancestors, and nothing
 * else. Lists read the column instead of rolling up each row's whole subtree per request (at scale L a
 * team's first page summed thousands of descendants and their latest check-ins: two thirds of the page's
 * database time).
 * <p>
 * Two check-ins on siblings must not each write the parent from the other's old value: a refresh first
 * locks the objectives it will write ({@code FOR UPDATE}) and only then reads what they are computed from,
 * in a new statement, so it sees every write committed before it got the locks. All locks are taken in one
 * statement in id order, the same order for every writer, so two refreshes never wait on each other in a
 * circle; an edit of an objective locks its chains before it updates the row (see {@link #lock}).
 */
@Component
public class ObjectiveProgress {

	/** Differences below this are rounding (the order a mean is summed in), not a change to write. */
	private static final double EPSILON = 1e-9;

	private static final int MAX_DEPTH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final IndexHints hints;

	ObjectiveProgress(JdbcClient jdbc, JdbcTemplate template, IndexHints hints) {
		this.hints = hints;
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Locks the given objectives and all their ancestors, in id order; call before writing a row of the
	 * cascade in a transaction that then calls {@link #refresh}.
	 */
	void lock(UUID org, Collection<UUID> objectiveIds) {
		lockChains(org, objectiveIds, new HashMap<>());
	}

	/**
	 * Recomputes the stored progress of the given objectives (those that still exist) and of all their
	 * ancestors, in the caller's transaction.
	 */
	void refresh(UUID org, Collection<UUID> objectiveIds) {
		Map<UUID, Double> stored = new HashMap<>();
		Map<UUID, UUID> chain = lockChains(org, objectiveIds, stored);
		if (chain.isEmpty()) {
			return;
		}
		Map<UUID, List<OptionalDouble>> keyResults = keyResults(org, chain.keySet());
		Map<UUID, List<UUID>> childrenInChain = new HashMap<>();
		Map<UUID, List<Double>> storedChildren = new HashMap<>();
		this.jdbc.sql("SELECT id, parent_id, progress FROM " + this.hints.table("objective", "objective_parent_idx")
				+ " WHERE organization_id = :org AND parent_id IN (:ids)")
			.param("org", org).param("ids", chain.keySet())
			.query(rs -> {
				UUID id = rs.getObject(1, UUID.class);
				UUID parent = rs.getObject(2, UUID.class);
				if (chain.containsKey(id)) {
					childrenInChain.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
				}
				else {
					storedChildren.computeIfAbsent(parent, k -> new ArrayList<>()).add(rs.getDouble(3));
				}
			});
		Map<UUID, Double> computed = new HashMap<>();
		List<Object[]> changes = new ArrayList<>();
		for (UUID id : deepestFirst(chain)) {
			List<Double> parts = new ArrayList<>(storedChildren.getOrDefault(id, List.of()));
			childrenInChain.getOrDefault(id, List.of()).forEach(child -> parts.add(computed.getOrDefault(child, 0.0)));
			double value = Progress.ofObjective(keyResults.getOrDefault(id, List.of()), parts);
			computed.put(id, value);
			if (Math.abs(value - stored.getOrDefault(id, 0.0)) > EPSILON) {
				changes.add(new Object[] { value, org, id });
			}
		}
		if (!changes.isEmpty()) {
			this.template.batchUpdate("UPDATE objective SET progress = ? WHERE organization_id = ? AND id = ?", changes);
		}
	}

	/**
	 * Every objective's roll-up computed afresh from key results and check-ins (not from the stored column):
	 * the reference the stored values are checked against, and the repair.
	 */
	public Map<UUID, Double> recomputed(UUID org) {
		Map<UUID, UUID> parents = new HashMap<>();
		this.jdbc.sql("SELECT id, parent_id FROM objective WHERE organization_id = :org").param("org", org)
			.query(rs -> {
				parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		return Progress.rollUp(parents, keyResults(org, null));
	}

	/** The stored roll-up of every objective of the organization. */
	public Map<UUID, Double> stored(UUID org) {
		Map<UUID, Double> stored = new HashMap<>();
		this.jdbc.sql("SELECT id, progress FROM objective WHERE organization_id = :org").param("org", org)
			.query(rs -> {
				stored.put(rs.getObject(1, UUID.class), rs.getDouble(2));
			});
		return stored;
	}

	/**
	 * The objectives and their ancestors (id → parent), locked. The chain is read, then locked; a lock
	 * returns the row as it is now, so if a concurrent move gave one of them another parent meanwhile, the
	 * chain is read again until it holds still.
	 */
	private Map<UUID, UUID> lockChains(UUID org, Collection<UUID> objectiveIds, Map<UUID, Double> stored) {
		Set<UUID> start = new LinkedHashSet<>(objectiveIds);
		start.remove(null);
		Map<UUID, UUID> chain = Map.of();
		for (int attempt = 0; attempt < 5 && !start.isEmpty(); attempt++) {
			chain = chain(org, start);
			if (chain.isEmpty()) {
				return chain;
			}
			Map<UUID, UUID> locked = new HashMap<>();
			this.jdbc.sql("""
					SELECT id, parent_id, progress FROM objective WHERE organization_id = :org AND id IN (:ids)
					ORDER BY id FOR UPDATE
					""")
				.param("org", org).param("ids", chain.keySet())
				.query(rs -> {
					UUID id = rs.getObject(1, UUID.class);
					stored.put(id, rs.getDouble(3));
					locked.put(id, rs.getObject(2, UUID.class));
				});
			if (locked.equals(chain)) {
				return chain;
			}
		}
		return chain;
	}

	/** The objectives and all their ancestors, id → parent, in one recursive query. */
	private Map<UUID, UUID> chain(UUID org, Set<UUID> start) {
		Map<UUID, UUID> chain = new HashMap<>();
		this.jdbc.sql("""
				WITH RECURSIVE chain (id, parent_id, depth) AS (
				  SELECT id, parent_id, 0 FROM objective WHERE organization_id = :org AND id IN (:ids)
				  UNION ALL
				  SELECT o.id, o.parent_id, c.depth + 1 FROM objective o JOIN chain c ON o.id = c.parent_id
				  WHERE o.organization_id = :org AND c.depth < :max)
				SELECT DISTINCT id, parent_id FROM chain
				""")
			.param("org", org).param("ids", start).param("max", MAX_DEPTH)
			.query(rs -> {
				chain.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
			});
		return chain;
	}

	/** Each objective's key results' progress (only the given objectives', or all when null). */
	private Map<UUID, List<OptionalDouble>> keyResults(UUID org, Set<UUID> objectiveIds) {
		Map<UUID, List<OptionalDouble>> keyResults = new HashMap<>();
		String sql = (objectiveIds == null) ? """
				SELECT k.objective_id, k.baseline, k.target, k.direction, c.check_value
				FROM key_result k
				LEFT JOIN (SELECT key_result_id, check_value, ROW_NUMBER() OVER (PARTITION BY key_result_id
				           ORDER BY check_date DESC, created_at DESC, id DESC) AS n
				           FROM check_in WHERE organization_id = :org) c ON c.key_result_id = k.id AND c.n = 1
				WHERE k.organization_id = :org
				""" : "SELECT k.objective_id, k.baseline, k.target, k.direction, "
						+ ObjectiveQueries.LATEST.formatted("check_value")
						+ " FROM " + this.hints.table("key_result k", "key_result_objective_idx")
						+ " WHERE k.organization_id = :org AND k.objective_id IN (:ids)";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("org", org);
		(objectiveIds == null ? statement : statement.param("ids", objectiveIds))
			.query(rs -> {
				keyResults.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(Progress.ofKeyResult(rs.getBigDecimal(2), rs.getBigDecimal(3), Direction.valueOf(rs.getString(4)),
							rs.getBigDecimal(5)));
			});
		return keyResults;
	}

	/** The chain's objectives, each after all of its descendants in the chain. */
	private static List<UUID> deepestFirst(Map<UUID, UUID> chain) {
		Map<UUID, Integer> depth = new HashMap<>();
		for (UUID id : chain.keySet()) {
			int d = 0;
			Set<UUID> seen = new HashSet<>();
			for (UUID at = chain.get(id); at != null && chain.containsKey(at) && seen.add(at); at = chain.get(at)) {
				d++;
			}
			depth.put(id, d);
		}
		List<UUID> order = new ArrayList<>(chain.keySet());
		order.sort(Comparator.comparing((UUID id) -> depth.get(id)).reversed().thenComparing(Comparator.naturalOrder()));
		return order;
	}

}
