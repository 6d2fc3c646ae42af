package dev.plumbline.objective;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rolled-up progress of objectives for the lists: each objective with its whole subtree, read in one
 * recursive query and one query of key results, then summed in memory (see {@link Progress}).
 */
final class ObjectiveRollUps {

	private final JdbcClient jdbc;

	ObjectiveRollUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Progress of the given objectives with their whole subtrees rolled up (see {@link Progress}). */
	Map<UUID, Double> of(UUID org, List<UUID> roots) {
		Map<UUID, UUID> parents = new HashMap<>();
		this.jdbc.sql("""
				WITH RECURSIVE tree (id, parent_id, depth) AS (
				  SELECT id, parent_id, 0 FROM objective WHERE organization_id = :org AND id IN (:ids)
				  UNION ALL
				  SELECT o.id, o.parent_id, t.depth + 1 FROM objective o JOIN tree t ON o.parent_id = t.id
				  WHERE o.organization_id = :org AND t.depth < 50)
				SELECT DISTINCT id, parent_id FROM tree
				""")
			.param("org", org).param("ids", roots)
			.query((rs, i) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list()
			.forEach(pair -> parents.put(pair[0], pair[1]));
		Map<UUID, List<OptionalDouble>> keyResults = new HashMap<>();
		this.jdbc.sql("SELECT k.objective_id, k.baseline, k.target, k.direction, " + ObjectiveQueries.LATEST.formatted("check_value")
				+ " AS current_value FROM key_result k WHERE k.organization_id = :org AND k.objective_id IN (:ids)")
			.param("org", org).param("ids", parents.keySet())
			.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), Progress.ofKeyResult(rs.getBigDecimal(2),
					rs.getBigDecimal(3), Direction.valueOf(rs.getString(4)), rs.getBigDecimal(5))))
			.list()
			.forEach(e -> keyResults.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<UUID, List<UUID>> children = new HashMap<>();
		parents.forEach((id, parent) -> {
			if (parent != null && parents.containsKey(parent)) {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
			}
		});
		Map<UUID, Double> done = new HashMap<>();
		roots.forEach(root -> rollUp(root, keyResults, children, done, new HashSet<>()));
		return done;
	}

	private static double rollUp(UUID id, Map<UUID, List<OptionalDouble>> keyResults, Map<UUID, List<UUID>> children,
			Map<UUID, Double> done, Set<UUID> path) {
		Double known = done.get(id);
		if (known != null) {
			return known;
		}
		if (!path.add(id)) {
			return 0;
		}
		List<Double> childProgress = new ArrayList<>();
		for (UUID child : children.getOrDefault(id, List.of())) {
			childProgress.add(rollUp(child, keyResults, children, done, path));
		}
		double value = Progress.ofObjective(keyResults.getOrDefault(id, List.of()), childProgress);
		done.put(id, value);
		return value;
	}

}
