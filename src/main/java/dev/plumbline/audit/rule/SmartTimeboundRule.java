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

/** SMART_TIMEBOUND: an active objective has no due date. */
public final class SmartTimeboundRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.SMART_TIMEBOUND;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			if (Findings.active(objective.status()) && objective.due() == null) {
				Subject subject = Subjects.objective(objective);
				findings.add(Findings.of(code(), subject, Evidence.of().put("start", objective.start()),
						"Give " + Subjects.quoted(subject) + " a due date: say by when it will be done."));
			}
		}
		return findings;
	}

}
