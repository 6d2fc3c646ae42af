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
import dev.plumbline.interchange.OrganizationFile.Initiative;
import dev.plumbline.interchange.OrganizationFile.Objective;
import dev.plumbline.interchange.OrganizationFile.Pillar;

/**
 * UNCOVERED_PILLAR: a pillar has no active objective and no active initiative serving it, where serving
 * counts directly, through the objective parent chain and (for initiatives) through the objectives listed.
 */
public final class UncoveredPillarRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.UNCOVERED_PILLAR;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		Map<String, int[]> covered = new HashMap<>();
		for (Objective objective : graph.file().objectives()) {
			if (Findings.active(objective.status())) {
				graph.objectives().pillars(objective.key()).forEach(p -> covered.computeIfAbsent(p, k -> new int[2])[0]++);
			}
		}
		for (Initiative initiative : graph.file().initiatives()) {
			if (Findings.active(initiative.status())) {
				graph.pillarsOf(initiative).forEach(p -> covered.computeIfAbsent(p, k -> new int[2])[1]++);
			}
		}
		List<Finding> findings = new ArrayList<>();
		for (Pillar pillar : graph.pillars()) {
			if (!covered.containsKey(pillar.key())) {
				Subject subject = Subjects.pillar(pillar);
				findings.add(Findings.of(code(), subject,
						Evidence.of().put("weight", pillar.weight()).put("activeObjectives", 0).put("activeInitiatives", 0),
						"Give " + Subjects.quoted(subject)
								+ " an active objective or initiative, or lower its weight or retire it from the charter."));
			}
		}
		return findings;
	}

}
