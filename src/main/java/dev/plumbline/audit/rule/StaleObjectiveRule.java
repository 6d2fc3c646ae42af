package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.audit.graph.ObjectiveFacts;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * STALE_OBJECTIVE: an active objective with key results whose latest check-in (on any of them) is more
 * than {@code staleObjectiveDays} (30) before {@code asOf}. Never checked in: judged from its start date
 * (stale once the start is more than 30 days back), or stale at once when it has no start. An objective
 * without key results is left to SMART_SPECIFIC.
 */
public final class StaleObjectiveRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.STALE_OBJECTIVE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			Finding finding = judge(objective, asOf, thresholds);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return findings;
	}

	/** The finding on one objective, or null when it is fresh (or not judged). */
	Finding judge(Objective objective, LocalDate asOf, Thresholds thresholds) {
		if (!Findings.active(objective.status()) || objective.keyResults().isEmpty()) {
			return null;
		}
		LocalDate latest = ObjectiveFacts.latestCheckIn(objective);
		LocalDate since = latest != null ? latest : objective.start();
		long days = since == null ? -1 : Findings.daysBetween(since, asOf);
		if (since != null && days <= thresholds.staleObjectiveDays()) {
			return null;
		}
		Evidence evidence = Evidence.of().put("latestCheckIn", latest);
		if (since == null) {
			evidence.put("checkIns", 0);
		}
		else {
			evidence.put(latest != null ? "daysSinceCheckIn" : "daysSinceStart", days);
		}
		Subject subject = Subjects.objective(objective);
		return Findings.of(code(), subject, evidence,
				"Ask the owner of " + Subjects.quoted(subject) + " for a check-in on each key result.");
	}

}
