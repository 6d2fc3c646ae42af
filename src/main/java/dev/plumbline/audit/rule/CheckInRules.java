package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * The rules a key result's check-ins feed, judged again for only the subjects that depend on one
 * objective: the incremental audit after a check-in. Check-ins reach four codes, and no others read them:
 * OFF_TRACK (the objective's progress and confidence, and its ancestors' roll-ups), STALE_OBJECTIVE (the
 * objective), SMART_ACHIEVABLE (its key results) and ZOMBIE_INITIATIVE (the initiatives listing it). A
 * new rule that reads check-ins must be added here, or the property test comparing incremental and full
 * runs fails.
 */
public final class CheckInRules {

	/** The codes whose findings a check-in can change. */
	public static final Set<FindingCode> CODES = EnumSet.of(FindingCode.OFF_TRACK, FindingCode.STALE_OBJECTIVE,
			FindingCode.SMART_ACHIEVABLE, FindingCode.ZOMBIE_INITIATIVE);

	private static final OffTrackRule OFF_TRACK = new OffTrackRule();

	private static final StaleObjectiveRule STALE = new StaleObjectiveRule();

	private static final SmartAchievableRule ACHIEVABLE = new SmartAchievableRule();

	private static final ZombieInitiativeRule ZOMBIE = new ZombieInitiativeRule();

	private CheckInRules() {
	}

	/**
	 * The subjects judged again (named as {@link #scopeKey} names findings) and their findings now,
	 * after the objective's check-ins changed in {@code graph}.
	 */
	public static Rejudged rejudge(AlignmentGraph graph, String objectiveKey, LocalDate asOf, Thresholds thresholds) {
		return rejudge(graph, List.of(objectiveKey), asOf, thresholds);
	}

	/**
	 * The same after the check-ins of several objectives changed: each subject is judged once, on the graph
	 * with every change in place (two objectives under one parent share its OFF_TRACK, judged after both).
	 */
	public static Rejudged rejudge(AlignmentGraph graph, Collection<String> objectiveKeys, LocalDate asOf,
			Thresholds thresholds) {
		Set<String> scope = new LinkedHashSet<>();
		Set<String> subjects = new HashSet<>();
		List<Finding> findings = new ArrayList<>();
		for (String objectiveKey : objectiveKeys) {
			Objective objective = graph.objective(objectiveKey);
			Set<String> seen = new HashSet<>();
			for (Objective o = objective; o != null && seen.add(o.key()); o = graph.objective(o.parent())) {
				if (scope.add(key(FindingCode.OFF_TRACK, "objective", o.key(), null))) {
					subjects.add(o.key());
					add(findings, OFF_TRACK.judge(graph, o, asOf, thresholds));
				}
			}
			if (!scope.add(key(FindingCode.STALE_OBJECTIVE, "objective", objective.key(), null))) {
				continue; // the same objective twice: judged already
			}
			add(findings, STALE.judge(objective, asOf, thresholds));
			for (KeyResult kr : objective.keyResults()) {
				String subject = Subjects.keyResult(objective, kr).key();
				scope.add(key(FindingCode.SMART_ACHIEVABLE, "keyResult", subject, objective.key()));
				subjects.add(subject);
			}
			ACHIEVABLE.judge(objective, asOf, thresholds, findings);
			for (Initiative initiative : graph.listing(objectiveKey)) {
				if (scope.add(key(FindingCode.ZOMBIE_INITIATIVE, "initiative", initiative.key(), null))) {
					subjects.add(initiative.key());
					add(findings, ZOMBIE.judge(graph, initiative, asOf, thresholds));
				}
			}
		}
		return new Rejudged(scope, subjects, findings);
	}

	/**
	 * How a finding is named in {@link Rejudged#scope()}: code, subject kind and key, and for a key result
	 * its objective (a key result's key {@code a.b.c} alone could belong to two objectives).
	 */
	public static String scopeKey(Finding finding) {
		Object objective = finding.evidence().get("objective");
		return key(finding.code(), finding.subject().kind(), finding.subject().key(),
				"keyResult".equals(finding.subject().kind()) && objective instanceof String o ? o : null);
	}

	private static String key(FindingCode code, String kind, String key, String objective) {
		return code.name() + ' ' + kind + ' ' + key + (objective == null ? "" : ' ' + objective);
	}

	private static void add(List<Finding> findings, Finding finding) {
		if (finding != null) {
			findings.add(finding);
		}
	}

	/**
	 * What was judged again: every finding of the old run named by {@code scope} is replaced by
	 * {@code findings}; {@code subjects} holds the bare subject keys of the scope, a cheap first test.
	 */
	public record Rejudged(Set<String> scope, Set<String> subjects, List<Finding> findings) {
	}

}
