package dev.plumbline.bench.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes the KPIs with their measurements, evenly spaced back from the latest. About 10 % are stale (the
 * latest measurement three cadences old: STALE_KPI); values wander around the target, so some end red.
 */
final class KpiWriter {

	private static final String[] CADENCES = { "weekly", "monthly", "quarterly" };

	private static final int[] CADENCE_DAYS = { 7, 30, 91 };

	private final Layout layout;

	KpiWriter(Layout layout) {
		this.layout = layout;
	}

	void write(Sink out) {
		Scale scale = this.layout.scale;
		out.list("kpis");
		for (int k = 0; k < scale.kpis; k++) {
			Rng rng = Rng.of(this.layout.seed, 9, k);
			int cadence = rng.weighted(5, 4, 1);
			boolean increase = !rng.chance(0.2);
			int target = rng.between(50, 1000);
			int green = increase ? target * 9 / 10 : target * 11 / 10;
			int red = increase ? target * 6 / 10 : target * 15 / 10;
			out.row()
				.text("key", "kpi" + k)
				.text("name", "KPI " + k)
				.text("unit", increase ? "per week" : "minutes")
				.text("owner", "u" + rng.below(scale.people))
				.texts("pillars", List.of(Layout.pillar(rng.below(Layout.PILLARS))))
				.text("cadence", CADENCES[cadence])
				.whole("target", target)
				.text("direction", increase ? "increase" : "decrease");
			out.object("thresholds").whole("red", red).whole("green", green).end();
			int days = CADENCE_DAYS[cadence];
			int step = Math.max(1, Math.min(days, 730 / scale.measurementsPerKpi));
			LocalDate last = Layout.AS_OF.minusDays(rng.chance(0.1) ? days * 3L : rng.below(Math.max(1, days / 2)));
			double level = target * (0.7 + rng.below(50) / 100.0);
			out.list("measurements");
			for (int m = 0; m < scale.measurementsPerKpi; m++) {
				level = Math.max(0, level + rng.gaussian() * target * 0.02);
				out.row()
					.date("date", last.minusDays((long) step * (scale.measurementsPerKpi - 1 - m)))
					.tenths("value", Math.round(level * 10))
					.end();
			}
			out.endList();
			out.end();
		}
		out.endList();
	}

}
