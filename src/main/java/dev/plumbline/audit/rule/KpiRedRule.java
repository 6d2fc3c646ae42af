package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;

/**
 * KPI_RED: a KPI's latest measurement is at its red threshold or on its wrong side — at or below red when
 * higher is better ({@code increase}, also when no direction is given), at or above red when lower is
 * better ({@code decrease}) — as the KPI module's scorecard colours it. No red threshold or no
 * measurement: not judged.
 */
public final class KpiRedRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.KPI_RED;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Kpi kpi : graph.file().kpis()) {
			Measurement latest = Kpis.latest(kpi.measurements());
			if (latest == null || kpi.thresholds() == null || kpi.thresholds().red() == null) {
				continue;
			}
			int comparison = latest.value().compareTo(kpi.thresholds().red());
			boolean decrease = kpi.direction() == Direction.DECREASE;
			if (decrease ? comparison >= 0 : comparison <= 0) {
				Subject subject = Subjects.kpi(kpi);
				findings.add(Findings.of(code(), subject,
						Evidence.of()
							.put("latest", latest.value())
							.put("date", latest.date())
							.put("red", kpi.thresholds().red())
							.put("direction", decrease ? Direction.DECREASE : Direction.INCREASE)
							.put("unit", kpi.unit()),
						"Find out why " + Subjects.quoted(subject) + " is in the red and agree who acts on it, and by when."));
			}
		}
		return findings;
	}

}
