package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * SMART_RELEVANT: an open (planned or active) objective serves no charter pillar, directly or through
 * its parent chain.
 */
public final class SmartRelevantRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.SMART_RELEVANT;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			if (Findings.open(objective.status()) && graph.objectives().pillars(objective.key()).isEmpty()) {
				Subject subject = Subjects.objective(objective);
				Evidence evidence = Evidence.of().put("status", objective.status());
				if (objective.parent() != null) {
					evidence.put("parent", objective.parent());
				}
				findings.add(Findings.of(code(), subject, evidence, "Link " + Subjects.quoted(subject)
						+ " to a pillar, or to a parent objective that serves one, or drop it."));
			}
		}
		return findings;
	}

}
