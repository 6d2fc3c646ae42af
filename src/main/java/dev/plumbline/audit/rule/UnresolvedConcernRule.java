package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PracticeModel.Concern;
import dev.plumbline.interchange.PracticeModel.ConcernStatus;

/**
 * UNRESOLVED_CONCERN: a concern still raised or discussed was raised more than
 * {@code unresolvedConcernDays} (30) before {@code asOf}. Without a raised date: not judged.
 */
public final class UnresolvedConcernRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.UNRESOLVED_CONCERN;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Concern concern : graph.file().concerns()) {
			boolean open = concern.status() == ConcernStatus.RAISED || concern.status() == ConcernStatus.DISCUSSED;
			if (!open || concern.raised() == null) {
				continue;
			}
			long days = Findings.daysBetween(concern.raised(), asOf);
			if (days > thresholds.unresolvedConcernDays()) {
				Subject subject = Subjects.concern(concern);
				findings.add(Findings.of(code(), subject,
						Evidence.of()
							.put("status", concern.status())
							.put("raised", concern.raised())
							.put("daysOpen", days)
							.put("raisedBy", concern.raisedBy()),
						"Take " + Subjects.quoted(subject) + " to a decision: agree what will be done and by whom, or drop it and say why."));
			}
		}
		return findings;
	}

}
