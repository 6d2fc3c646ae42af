package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.Pillar;

/**
 * UNCOVERED_PILLAR: a pillar has no active objective and no active initiative serving it, where serving
 * counts directly, through the objective parent chain and (for initiatives) through the objectives listed.
 * The evidence counts the objectives and initiatives in other statuses that serve it (planned, paused…).
 */
public final class UncoveredPillarRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.UNCOVERED_PILLAR;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		// per pillar: active objectives, active initiatives, objectives and initiatives of any other status
		Map<String, int[]> serving = new HashMap<>();
		for (Objective objective : graph.file().objectives()) {
			int slot = Findings.active(objective.status()) ? 0 : 2;
			graph.objectives().pillars(objective.key()).forEach(p -> serving.computeIfAbsent(p, k -> new int[4])[slot]++);
		}
		for (Initiative initiative : graph.file().initiatives()) {
			int slot = Findings.active(initiative.status()) ? 1 : 3;
			graph.pillarsOf(initiative).forEach(p -> serving.computeIfAbsent(p, k -> new int[4])[slot]++);
		}
		List<Finding> findings = new ArrayList<>();
		for (Pillar pillar : graph.pillars()) {
			int[] counts = serving.getOrDefault(pillar.key(), new int[4]);
			if (counts[0] == 0 && counts[1] == 0) {
				Subject subject = Subjects.pillar(pillar);
				findings.add(Findings.of(code(), subject,
						Evidence.of()
							.put("weight", pillar.weight())
							.put("otherObjectives", counts[2])
							.put("otherInitiatives", counts[3]),
						"Give " + Subjects.quoted(subject)
								+ " an active objective or initiative, or lower its weight or retire it from the charter."));
			}
		}
		return findings;
	}

}
