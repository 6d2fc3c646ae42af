package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * SMART_MEASURABLE: a key result has no numeric target. Judged on the key results of open (planned or
 * active) objectives: a completed or cancelled objective is no longer a plan to fix.
 */
public final class SmartMeasurableRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.SMART_MEASURABLE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			if (!Findings.open(objective.status())) {
				continue;
			}
			for (KeyResult kr : objective.keyResults()) {
				if (kr.target() == null) {
					Subject subject = Subjects.keyResult(objective, kr);
					findings.add(Findings.of(code(), subject, Evidence.of().put("objective", objective.key()),
							"Give " + Subjects.quoted(subject) + " a numeric target (and a baseline) so progress can be measured."));
				}
			}
		}
		return findings;
	}

}
