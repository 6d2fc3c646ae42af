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
 * Rolled-up progress of objectives for the lists: each objective with its whole subtree and their key
 * results, read in one recursive query, then summed in memory (see {@link Progress}).
 */
final class ObjectiveRollUps {

	private final JdbcClient jdbc;

	ObjectiveRollUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Progress of the given objectives with their whole subtrees rolled up (see {@link Progress}). */
	Map<UUID, Double> of(UUID org, List<UUID> roots) {
		if (roots.isEmpty()) {
			return Map.of();
		}
		Map<UUID, UUID> parents = new HashMap<>();
		Map<UUID, List<OptionalDouble>> keyResults = new HashMap<>();
		// One statement for the subtrees and their key results: at scale L a page's subtrees hold thousands
		// of objectives, and sending their ids back as a second statement's IN list cost more than the reads.
		this.jdbc.sql("""
				WITH RECURSIVE tree (id, parent_id, depth) AS (
				  SELECT id, parent_id, 0 FROM objective WHERE organization_id = :org AND id IN (:ids)
				  UNION ALL
				  SELECT o.id, o.parent_id, t.depth + 1 FROM objective o JOIN tree t ON o.parent_id = t.id
				  WHERE o.organization_id = :org AND t.depth < 50),
				nodes (id, parent_id) AS (SELECT DISTINCT id, parent_id FROM tree)
				SELECT n.id, n.parent_id, k.id AS key_result_id, k.baseline, k.target, k.direction, """
				+ ObjectiveQueries.LATEST.formatted("check_value") + """
				 AS current_value
				FROM nodes n LEFT JOIN key_result k ON k.objective_id = n.id AND k.organization_id = :org
				""")
			.param("org", org).param("ids", roots)
			.query((rs, i) -> {
				UUID id = rs.getObject(1, UUID.class);
				parents.put(id, rs.getObject(2, UUID.class));
				if (rs.getObject(3) != null) {
					keyResults.computeIfAbsent(id, k -> new ArrayList<>()).add(Progress.ofKeyResult(rs.getBigDecimal(4),
							rs.getBigDecimal(5), Direction.valueOf(rs.getString(6)), rs.getBigDecimal(7)));
				}
				return id;
			})
			.list();
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
