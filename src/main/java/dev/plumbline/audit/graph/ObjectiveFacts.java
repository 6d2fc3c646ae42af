package dev.plumbline.audit.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * What the rules need about objectives, computed once: the pillars each serves through its parent chain,
 * its children, its progress roll-up and its latest check-in. Parent chains are walked iteratively with a
 * guard against cycles, so a deep or looping chain costs linear time and no stack.
 * <p>
 * Progress follows the objective module's rule: a key result's progress is the share of the way from
 * baseline (0 when absent) to target its latest check-in has gone, clamped to 0–100 (target equal to
 * baseline: 100 when reached, else 0; no check-in: 0; no target: left out); an objective's progress is
 * the mean of its key results and of its children's roll-ups, 0 when it has neither.
 */
public final class ObjectiveFacts {

	private final Map<String, Objective> objectives;

	private final Map<String, Set<String>> pillars = new HashMap<>();

	private final Map<String, List<Objective>> children = new HashMap<>();

	private final Map<String, Double> progress = new HashMap<>();

	ObjectiveFacts(Map<String, Objective> objectives, Set<String> pillarKeys) {
		this.objectives = objectives;
		Map<String, Integer> depth = new HashMap<>();
		for (Objective objective : objectives.values()) {
			walkUp(objective, pillarKeys, depth);
			Objective parent = objectives.get(objective.parent());
			if (parent != null && parent != objective) {
				this.children.computeIfAbsent(parent.key(), k -> new ArrayList<>()).add(objective);
			}
		}
		List<Objective> deepestFirst = new ArrayList<>(objectives.values());
		deepestFirst.sort((a, b) -> Integer.compare(depth.get(b.key()), depth.get(a.key())));
		for (Objective objective : deepestFirst) {
			rollUp(objective);
		}
	}

	/** Progress of the objective from its key results and its children's roll-ups (computed before it). */
	private void rollUp(Objective objective) {
		double sum = 0;
		int parts = 0;
		for (KeyResult kr : objective.keyResults()) {
			Double value = keyResultProgress(kr);
			if (value != null) {
				sum += value;
				parts++;
			}
		}
		for (Objective child : children(objective.key())) {
			sum += this.progress.getOrDefault(child.key(), 0.0);
			parts++;
		}
		this.progress.put(objective.key(), parts == 0 ? 0 : sum / parts);
	}

	/**
	 * Puts {@code updated} in place of the objective with its key (same parent, other key results or
	 * check-ins) and rolls progress up again along its parent chain only: the same sums in the same order
	 * as the constructor, so the figures are identical to a fresh build. Returns false, changing nothing,
	 * when that is not possible in place (an unknown key, another parent, a chain with a cycle).
	 */
	boolean replace(Objective updated) {
		Objective old = this.objectives.get(updated.key());
		if (old == null || !java.util.Objects.equals(old.parent(), updated.parent())) {
			return false;
		}
		List<String> chain = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		Objective current = old;
		while (current != null) {
			if (!seen.add(current.key())) {
				return false;
			}
			chain.add(current.key());
			current = this.objectives.get(current.parent());
		}
		this.objectives.put(updated.key(), updated);
		Objective parent = this.objectives.get(updated.parent());
		if (parent != null) {
			List<Objective> siblings = this.children.get(parent.key());
			siblings.replaceAll(child -> child == old ? updated : child);
		}
		for (String key : chain) {
			rollUp(this.objectives.get(key));
		}
		return true;
	}

	/** Fills pillars and depth for the objective and every unvisited ancestor; a cycle ends the chain. */
	private void walkUp(Objective start, Set<String> pillarKeys, Map<String, Integer> depth) {
		if (this.pillars.containsKey(start.key())) {
			return;
		}
		List<Objective> chain = new ArrayList<>();
		Set<String> onChain = new LinkedHashSet<>();
		Objective current = start;
		while (current != null && !this.pillars.containsKey(current.key()) && onChain.add(current.key())) {
			chain.add(current);
			current = this.objectives.get(current.parent());
		}
		Set<String> inherited = (current != null && this.pillars.containsKey(current.key()))
				? this.pillars.get(current.key()) : Set.of();
		int level = (current != null && depth.containsKey(current.key())) ? depth.get(current.key()) + 1 : 0;
		for (int i = chain.size() - 1; i >= 0; i--) {
			Objective objective = chain.get(i);
			if (objective.pillars().stream().anyMatch(pillarKeys::contains)) {
				Set<String> served = new LinkedHashSet<>();
				objective.pillars().stream().filter(pillarKeys::contains).forEach(served::add);
				served.addAll(inherited);
				inherited = Collections.unmodifiableSet(served);
			}
			this.pillars.put(objective.key(), inherited);
			depth.put(objective.key(), level++);
		}
	}

	/** The known pillars the objective serves, its own first, then its ancestors'; empty for an unknown key. */
	public Set<String> pillars(String objectiveKey) {
		return objectiveKey == null ? Set.of() : this.pillars.getOrDefault(objectiveKey, Set.of());
	}

	public List<Objective> children(String objectiveKey) {
		return this.children.getOrDefault(objectiveKey, List.of());
	}

	/** Progress roll-up, 0–100. */
	public double progress(String objectiveKey) {
		return this.progress.getOrDefault(objectiveKey, 0.0);
	}

	/** Progress of one key result, or null when it has no numeric target. */
	public static Double keyResultProgress(KeyResult kr) {
		if (kr.target() == null) {
			return null;
		}
		CheckIn latest = latest(kr.checkIns());
		double base = kr.baseline() == null ? 0 : kr.baseline().doubleValue();
		double goal = kr.target().doubleValue();
		double now = (latest == null || latest.value() == null) ? base : latest.value().doubleValue();
		if (goal == base) {
			boolean reached = (kr.direction() == Direction.DECREASE) ? now <= goal : now >= goal;
			return reached ? 100.0 : 0.0;
		}
		return Math.max(0, Math.min(100, 100 * (now - base) / (goal - base)));
	}

	/** The latest dated check-in (later in the list wins a tie), or null. */
	public static CheckIn latest(List<CheckIn> checkIns) {
		CheckIn latest = null;
		for (CheckIn checkIn : checkIns) {
			if (checkIn.date() != null && (latest == null || !checkIn.date().isBefore(latest.date()))) {
				latest = checkIn;
			}
		}
		return latest;
	}

	/** The date of the latest check-in on any of the objective's own key results, or null. */
	public static LocalDate latestCheckIn(Objective objective) {
		LocalDate latest = null;
		for (KeyResult kr : objective.keyResults()) {
			CheckIn checkIn = latest(kr.checkIns());
			if (checkIn != null && (latest == null || checkIn.date().isAfter(latest))) {
				latest = checkIn.date();
			}
		}
		return latest;
	}

	/**
	 * The latest check-in on the objective's own key results that carries a confidence (later key result
	 * wins a tie), or null.
	 */
	public static CheckIn latestConfidence(Objective objective) {
		CheckIn latest = null;
		for (KeyResult kr : objective.keyResults()) {
			for (CheckIn checkIn : kr.checkIns()) {
				if (checkIn.date() != null && checkIn.confidence() != null
						&& (latest == null || !checkIn.date().isBefore(latest.date()))) {
					latest = checkIn;
				}
			}
		}
		return latest;
	}

}
