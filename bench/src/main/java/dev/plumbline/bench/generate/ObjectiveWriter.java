package dev.plumbline.bench.generate;

import java.time.LocalDate;

/**
 * Writes the objectives, each with its key results and their check-ins, one objective at a time. About
 * 15 % of the open objectives have gone quiet (last check-in 35–120 days ago: STALE_OBJECTIVE), about
 * 20 % progress too slowly with low confidence (OFF_TRACK), 5 % of key results have no target
 * (SMART_MEASURABLE).
 */
final class ObjectiveWriter {

	private static final String[] VERBS = { "Grow", "Reduce", "Launch", "Improve", "Shorten", "Automate", "Retain",
			"Simplify" };

	private static final String[] THINGS = { "customer retention", "onboarding time", "support backlog",
			"release frequency", "net promoter score", "cost to serve", "lead conversion", "employee engagement",
			"incident count", "partner revenue" };

	private static final String[] UNITS = { "%", "customers", "EUR", "days", "points" };

	private final Layout layout;

	ObjectiveWriter(Layout layout) {
		this.layout = layout;
	}

	void write(Sink out) {
		out.list("objectives");
		for (int o = 0; o < this.layout.scale.objectives; o++) {
			ObjectivePlan plan = ObjectivePlan.of(this.layout, o);
			Rng rng = Rng.of(this.layout.seed, ObjectivePlan.SECTION + 1, o);
			out.row()
				.text("key", "o" + o)
				.text("title", VERBS[o % VERBS.length] + " " + THINGS[(o / VERBS.length) % THINGS.length] + " ("
						+ o + ")")
				.text("description", rng.chance(0.3) ? "Why it matters: level " + plan.level() + " objective of team t"
						+ plan.team() + "." : null)
				.text("owner", plan.owner() == null ? null : "u" + plan.owner())
				.text("team", "t" + plan.team())
				.text("parent", plan.parent())
				.texts("pillars", plan.pillars())
				.whole("priority", plan.priority())
				.date("start", plan.start())
				.date("due", plan.due())
				.text("status", plan.status());
			keyResults(out, plan, rng);
			out.end();
		}
		out.endList();
	}

	private void keyResults(Sink out, ObjectivePlan plan, Rng rng) {
		boolean stale = plan.status().equals("active") && rng.chance(0.15);
		boolean slow = rng.chance(0.2);
		int lag = stale ? rng.between(35, 121) : rng.between(0, 11);
		LocalDate last = plan.lastDay().minusDays(lag);
		if (last.isBefore(plan.start().plusDays(Scale.CHECK_INS_PER_KEY_RESULT))) {
			last = plan.start().plusDays(Scale.CHECK_INS_PER_KEY_RESULT);
		}
		long span = last.toEpochDay() - plan.start().toEpochDay();
		out.list("keyResults");
		for (int k = 0; k < Scale.KEY_RESULTS_PER_OBJECTIVE; k++) {
			boolean decrease = rng.chance(0.1);
			int baseline = decrease ? rng.between(50, 101) : rng.between(0, 51);
			int change = rng.between(10, 41) * (decrease ? -1 : 1);
			boolean measurable = !rng.chance(0.05);
			out.row()
				.text("key", "kr" + (k + 1))
				.text("title", "Key result " + (k + 1) + " of objective " + plan.index())
				.text("unit", UNITS[rng.below(UNITS.length)])
				.whole("baseline", baseline);
			if (measurable) {
				out.whole("target", baseline + change);
			}
			out.text("direction", decrease ? "decrease" : "increase");
			double pace = slow ? 0.2 + rng.below(30) / 100.0 : 0.8 + rng.below(30) / 100.0;
			out.list("checkIns");
			for (int c = 0; c < Scale.CHECK_INS_PER_KEY_RESULT; c++) {
				double progress = pace * (c + 1) / Scale.CHECK_INS_PER_KEY_RESULT + rng.gaussian() * 0.03;
				long tenths = Math.round((baseline + change * progress) * 10);
				int confidence = slow ? rng.between(2, 6) : rng.between(6, 10);
				out.row()
					.date("date", plan.start().plusDays(span * (c + 1) / Scale.CHECK_INS_PER_KEY_RESULT))
					.tenths("value", tenths)
					.tenths("confidence", confidence)
					.text("note", rng.chance(0.1) ? "Week notes " + c : null)
					.end();
			}
			out.endList();
			out.end();
		}
		out.endList();
	}

}
