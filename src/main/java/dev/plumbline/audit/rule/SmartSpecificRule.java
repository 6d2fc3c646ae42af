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

/** SMART_SPECIFIC: an active objective has no key result. */
public final class SmartSpecificRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.SMART_SPECIFIC;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			if (Findings.active(objective.status()) && objective.keyResults().isEmpty()) {
				Subject subject = Subjects.objective(objective);
				findings.add(Findings.of(code(), subject, Evidence.of().put("keyResults", 0),
						"Add a key result to " + Subjects.quoted(subject) + " that says what will change, and by how much."));
			}
		}
		return findings;
	}

}
