package dev.plumbline.audit.rule;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;

/**
 * STALE_KPI: a KPI with a cadence has no measurement, or its latest is more than
 * {@code staleKpiCadenceMultiple} (1.5) × the cadence's days (rounded down) before {@code asOf}: weekly 10,
 * monthly 45, quarterly 136 days — as the KPI module's scorecard. A KPI without a cadence is not judged.
 */
public final class StaleKpiRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.STALE_KPI;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Kpi kpi : graph.file().kpis()) {
			if (kpi.cadence() == null) {
				continue;
			}
			int allowed = thresholds.staleKpiCadenceMultiple()
				.multiply(java.math.BigDecimal.valueOf(kpi.cadence().days()))
				.setScale(0, RoundingMode.FLOOR)
				.intValueExact();
			Measurement latest = Kpis.latest(kpi.measurements());
			Evidence evidence = Evidence.of().put("cadence", kpi.cadence()).put("allowedDays", allowed);
			if (latest != null) {
				long days = Findings.daysBetween(latest.date(), asOf);
				if (days <= allowed) {
					continue;
				}
				evidence.put("latestMeasurement", latest.date()).put("daysSinceMeasurement", days);
			}
			else {
				evidence.put("measurements", 0);
			}
			Subject subject = Subjects.kpi(kpi);
			findings.add(Findings.of(code(), subject, evidence,
					"Record a measurement for " + Subjects.quoted(subject) + ", or change its cadence if it is measured less often."));
		}
		return findings;
	}

}
