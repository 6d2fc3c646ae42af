package dev.plumbline.audit.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PracticeModel.DecisionStatus;
import dev.plumbline.interchange.PlanModel.Pillar;

/**
 * DECISION_AGAINST_MISSION: an approved decision whose pillar-weighted score is below zero, or with an
 * unticked checklist item. The score is the weighted mean of its scores (−2..2): a pillar's score weighs
 * the pillar's weight, a value's score (values have no weight) weighs 1, an unknown key is left out.
 * No scores: 0 (not below zero).
 */
public final class DecisionAgainstMissionRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.DECISION_AGAINST_MISSION;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Decision decision : graph.file().decisions()) {
			if (decision.status() != DecisionStatus.APPROVED) {
				continue;
			}
			long weightedSum = 0;
			long weights = 0;
			for (Map.Entry<String, Integer> score : decision.scores().entrySet()) {
				int weight = weight(graph, score.getKey());
				if (weight > 0 && score.getValue() != null) {
					weightedSum += (long) weight * score.getValue();
					weights += weight;
				}
			}
			List<String> unticked = decision.checklist()
				.entrySet()
				.stream()
				.filter(e -> !Boolean.TRUE.equals(e.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			if (weightedSum >= 0 && unticked.isEmpty()) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			Evidence evidence = Evidence.of().put("decidedOn", decision.decidedOn());
			if (weightedSum < 0) {
				reasons.add("negativeScore");
				evidence.put("weightedScore", BigDecimal.valueOf(weightedSum)
					.divide(BigDecimal.valueOf(weights), 2, java.math.RoundingMode.HALF_UP));
			}
			if (!unticked.isEmpty()) {
				reasons.add("checklistUnticked");
				evidence.put("unticked", unticked);
			}
			Subject subject = Subjects.decision(decision);
			findings.add(Findings.of(code(), subject, evidence.put("reasons", reasons), "Revisit " + Subjects.quoted(subject)
					+ " with its owner: finish the checklist and weigh it again against the pillars and values, or record why it stands."));
		}
		return findings;
	}

	private static int weight(AlignmentGraph graph, String key) {
		Pillar pillar = graph.pillar(key);
		if (pillar != null) {
			return pillar.weight();
		}
		return graph.file().charter().values().stream().anyMatch(v -> key.equals(v.key())) ? 1 : 0;
	}

}
