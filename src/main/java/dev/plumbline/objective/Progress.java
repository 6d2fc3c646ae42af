package dev.plumbline.objective;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

/**
 * How far objectives and key results have come, 0–100.
 * <ul>
 * <li>A key result: the share of the way from baseline to target its latest check-in has gone,
 * {@code (current − baseline) / (target − baseline)}, clamped to 0–100 (so overshoot counts as 100 and
 * going backwards as 0). This works for both directions because a decrease has its target below its
 * baseline. When target equals baseline it is 100 once the current value is at the target or beyond it in
 * the key result's direction, else 0. With no check-in the current value is the baseline (0 %). A key
 * result without a numeric target has no progress and is left out.</li>
 * <li>An objective: the mean of its key results and of its children's roll-ups, each counted once; 0 when
 * it has neither.</li>
 * </ul>
 */
public final class Progress {

	private Progress() {
	}

	/** Empty when the key result has no numeric target. */
	public static OptionalDouble ofKeyResult(BigDecimal baseline, BigDecimal target, Direction direction,
			BigDecimal current) {
		if (target == null) {
			return OptionalDouble.empty();
		}
		double base = baseline == null ? 0 : baseline.doubleValue();
		double goal = target.doubleValue();
		double now = current == null ? base : current.doubleValue();
		if (goal == base) {
			boolean reached = (direction == Direction.DECREASE) ? now <= goal : now >= goal;
			return OptionalDouble.of(reached ? 100 : 0);
		}
		return OptionalDouble.of(clamp(100 * (now - base) / (goal - base)));
	}

	/** The mean of the given parts (key results and children's roll-ups), 0 when there are none. */
	public static double ofObjective(Collection<Double> parts) {
		return parts.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	public static double ofObjective(List<OptionalDouble> keyResults, List<Double> children) {
		List<Double> parts = new java.util.ArrayList<>(children);
		keyResults.stream().filter(OptionalDouble::isPresent).forEach(p -> parts.add(p.getAsDouble()));
		return ofObjective(parts);
	}

	/**
	 * The roll-up of every objective of a cascade at once: {@code parents} maps each objective to its parent
	 * (null for a top one; a parent outside the map is ignored), {@code keyResults} each objective to its key
	 * results' progress. An objective caught in a loop (refused on write) counts its looping child as 0.
	 */
	public static Map<UUID, Double> rollUp(Map<UUID, UUID> parents, Map<UUID, List<OptionalDouble>> keyResults) {
		Map<UUID, List<UUID>> children = new HashMap<>();
		parents.forEach((id, parent) -> {
			if (parent != null && parents.containsKey(parent)) {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
			}
		});
		Map<UUID, Double> done = new HashMap<>(parents.size() * 2);
		parents.keySet().forEach(id -> rollUp(id, keyResults, children, done, new HashSet<>()));
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
		double value = ofObjective(keyResults.getOrDefault(id, List.of()), childProgress);
		done.put(id, value);
		return value;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(100, value));
	}

}
