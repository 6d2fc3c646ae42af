package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * OVERLOADED_OWNER: a person owns more than {@code overloadedOwnerMax} (5) active objectives and active
 * initiatives together. People in the order they first appear as owners.
 */
public final class OverloadedOwnerRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.OVERLOADED_OWNER;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		Map<String, int[]> owned = new LinkedHashMap<>();
		for (Objective objective : graph.file().objectives()) {
			if (Findings.active(objective.status()) && !Findings.blank(objective.owner())) {
				owned.computeIfAbsent(objective.owner(), k -> new int[2])[0]++;
			}
		}
		for (Initiative initiative : graph.file().initiatives()) {
			if (Findings.active(initiative.status()) && !Findings.blank(initiative.owner())) {
				owned.computeIfAbsent(initiative.owner(), k -> new int[2])[1]++;
			}
		}
		List<Finding> findings = new ArrayList<>();
		owned.forEach((person, counts) -> {
			int total = counts[0] + counts[1];
			if (total > thresholds.overloadedOwnerMax()) {
				Subject subject = Subjects.person(graph, person);
				findings.add(Findings.of(code(), subject,
						Evidence.of()
							.put("activeObjectives", counts[0])
							.put("activeInitiatives", counts[1])
							.put("total", total)
							.put("maximum", thresholds.overloadedOwnerMax()),
						"Hand some of what " + Subjects.quoted(subject) + " owns to others, or pause the least important of it."));
			}
		});
		return findings;
	}

}
