package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * UNOWNED: an active objective, an active initiative or a KPI (any) has no owner. Objectives first, then
 * initiatives, then KPIs.
 */
public final class UnownedRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.UNOWNED;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			if (Findings.active(objective.status()) && Findings.blank(objective.owner())) {
				findings.add(unowned(Subjects.objective(objective), objective.team()));
			}
		}
		for (Initiative initiative : graph.file().initiatives()) {
			if (Findings.active(initiative.status()) && Findings.blank(initiative.owner())) {
				findings.add(unowned(Subjects.initiative(initiative), null));
			}
		}
		for (Kpi kpi : graph.file().kpis()) {
			if (Findings.blank(kpi.owner())) {
				findings.add(unowned(Subjects.kpi(kpi), null));
			}
		}
		return findings;
	}

	private Finding unowned(Subject subject, String team) {
		return Findings.of(code(), subject, Evidence.of().put("kind", subject.kind()).put("team", team),
				"Name one person who owns " + Subjects.quoted(subject) + " and answers for it.");
	}

}
