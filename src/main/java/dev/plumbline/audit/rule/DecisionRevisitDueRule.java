package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PracticeModel.DecisionStatus;

/**
 * DECISION_REVISIT_DUE: a proposed or approved decision's revisit date is before {@code asOf} (a revisit
 * due today has not passed yet). Rejected and superseded decisions need no revisit.
 */
public final class DecisionRevisitDueRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.DECISION_REVISIT_DUE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Decision decision : graph.file().decisions()) {
			boolean live = decision.status() == DecisionStatus.APPROVED || decision.status() == DecisionStatus.PROPOSED;
			if (live && decision.revisitOn() != null && decision.revisitOn().isBefore(asOf)) {
				Subject subject = Subjects.decision(decision);
				findings.add(Findings.of(code(), subject,
						Evidence.of()
							.put("revisitOn", decision.revisitOn())
							.put("daysOverdue", Findings.daysBetween(decision.revisitOn(), asOf))
							.put("status", decision.status()),
						"Put " + Subjects.quoted(subject) + " on the next review's agenda and confirm, change or reverse it."));
			}
		}
		return findings;
	}

}
