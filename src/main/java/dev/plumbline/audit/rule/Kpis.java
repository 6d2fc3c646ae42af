package dev.plumbline.audit.rule;

import java.util.List;

import dev.plumbline.interchange.PlanModel.Measurement;

/** The latest measurement of a KPI. */
final class Kpis {

	private Kpis() {
	}

	/** The latest dated measurement (later in the list wins a tie), or null. */
	static Measurement latest(List<Measurement> measurements) {
		Measurement latest = null;
		for (Measurement m : measurements) {
			if (m.date() != null && m.value() != null && (latest == null || !m.date().isBefore(latest.date()))) {
				latest = m;
			}
		}
		return latest;
	}

}
