package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.audit.graph.AlignmentGraph.PainPointNode;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PracticeModel.PainSeverity;

/**
 * UNADDRESSED_PAIN_POINT: a high or critical pain point is named in the {@code addresses} of no planned
 * or active initiative.
 */
public final class UnaddressedPainPointRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.UNADDRESSED_PAIN_POINT;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (PainPointNode node : graph.painPoints()) {
			PainSeverity severity = node.painPoint().severity();
			if (severity != PainSeverity.HIGH && severity != PainSeverity.CRITICAL) {
				continue;
			}
			List<Initiative> addressing = graph.addressing(node.key());
			boolean covered = addressing.stream()
				.anyMatch(i -> i.status() == InitiativeStatus.PLANNED || i.status() == InitiativeStatus.ACTIVE);
			if (!covered) {
				Subject subject = Subjects.painPoint(node);
				findings.add(Findings.of(code(), subject,
						Evidence.of()
							.put("severity", severity)
							.put("journey", node.journey().key())
							.put("stage", node.stage().key())
							.put("otherInitiatives", addressing.stream().map(Initiative::key).toList()),
						"Plan an initiative that closes the breakdown " + Subjects.quoted(subject) + " in the journey '"
								+ node.journey().name() + "', or link an existing one to it."));
			}
		}
		return findings;
	}

}
