package dev.plumbline.bench.generate;

import java.util.List;

/**
 * Writes the practice sections: journeys with their pain points, decisions, fits of the seat holders
 * (about 8 % misfits on a value, 6 % without the capacity), quarterly employee surveys (each team answers
 * around a mood of its own, so some teams read low), concerns, reviews and stories.
 */
final class PracticeWriter {

	private final Layout layout;

	PracticeWriter(Layout layout) {
		this.layout = layout;
	}

	void journeys(Sink out) {
		String[] severities = { "low", "medium", "high", "critical" };
		out.list("journeys");
		int written = 0;
		for (int j = 0; j < this.layout.journeys; j++) {
			out.row().text("key", "j" + j).text("name", "Journey " + j).text("persona", "Customer segment " + j % 7);
			out.list("stages");
			for (int s = 0; s < Layout.STAGES_PER_JOURNEY; s++) {
				out.row().text("key", "s" + s).text("name", "Stage " + s).texts("touchpoints", List.of("web", "phone"));
				out.list("painPoints");
				for (int p = 0; p < this.layout.painPointsPerStage && written < this.layout.scale.painPoints; p++) {
					Rng rng = Rng.of(this.layout.seed, 11, written++);
					out.row()
						.text("key", "pp" + p)
						.text("description", "Customers wait at stage " + s + " of journey " + j)
						.text("severity", severities[rng.weighted(3, 4, 2, 1)])
						.text("evidence", rng.chance(0.5) ? "Support tickets" : null)
						.end();
				}
				out.endList().end();
			}
			out.endList().end();
		}
		out.endList();
	}

	void decisions(Sink out) {
		String[] statuses = { "approved", "proposed", "rejected", "superseded" };
		out.list("decisions");
		for (int d = 0; d < this.layout.scale.decisions; d++) {
			Rng rng = Rng.of(this.layout.seed, 12, d);
			String status = statuses[rng.weighted(6, 2, 1, 1)];
			var decided = status.equals("proposed") ? null : Layout.AS_OF.minusDays(rng.below(700));
			out.row()
				.text("key", "d" + d)
				.text("title", "Decision " + d)
				.text("status", status)
				.date("decidedOn", decided)
				.date("revisitOn", decided == null ? null : decided.plusDays(rng.between(180, 366)))
				.text("owner", "u" + rng.below(this.layout.scale.people));
			int pillar = rng.below(Layout.PILLARS);
			out.object("scores")
				.whole(Layout.pillar(pillar), rng.weighted(1, 1, 3, 4, 3) - 2)
				.whole(Layout.pillar((pillar + 1) % Layout.PILLARS), rng.weighted(0, 1, 3, 4, 3) - 2)
				.end();
			out.object("checklist").flag("options compared", rng.chance(0.8)).flag("people asked", rng.chance(0.6)).end();
			out.end();
		}
		out.endList();
	}

	void fits(Sink out) {
		String[] ratings = { "plus", "plus_minus", "minus" };
		out.list("fits");
		for (int t = 0; t < this.layout.scale.teams; t++) {
			Integer holder = PlanWriter.holder(this.layout, t);
			if (holder == null) {
				continue;
			}
			Rng rng = Rng.of(this.layout.seed, 13, t);
			boolean misfit = rng.chance(0.08);
			out.row().text("person", "u" + holder).text("seat", "s" + t).date("date", Layout.AS_OF.minusDays(rng.below(365)));
			out.object("values");
			int off = rng.below(Layout.VALUES);
			for (int v = 0; v < Layout.VALUES; v++) {
				out.text("v" + (v + 1), misfit && v == off ? "minus" : ratings[rng.weighted(8, 2, 0)]);
			}
			out.end();
			out.object("gwc").flag("getsIt", true).flag("wantsIt", !rng.chance(0.03)).flag("capacity", !rng.chance(0.06)).end();
			out.text("notes", misfit ? "Works around the team rather than with it" : null).end();
		}
		out.endList();
	}

	void surveys(Sink out) {
		int total = this.layout.scale.surveyResponses;
		out.list("surveys");
		for (int s = 0; s < Layout.SURVEYS; s++) {
			out.row()
				.text("key", "pulse" + (s + 1))
				.text("title", "Quarterly pulse " + (s + 1))
				.text("audience", "employees")
				.date("date", Layout.AS_OF.minusDays(20 + 91L * (Layout.SURVEYS - 1 - s)));
			out.list("questions");
			for (String question : Layout.QUESTIONS) {
				out.row().text("key", question).text("text", "How true is this: " + question + "?").whole("scale", 5).end();
			}
			out.endList();
			out.list("responses");
			int from = (int) ((long) total * s / Layout.SURVEYS);
			int to = (int) ((long) total * (s + 1) / Layout.SURVEYS);
			for (int r = from; r < to; r++) {
				Rng rng = Rng.of(this.layout.seed, 14, r);
				int team = rng.below(this.layout.scale.teams);
				double mood = 2.2 + Rng.of(this.layout.seed, 15, team).below(22) / 10.0;
				out.row().text("team", rng.chance(0.1) ? null : "t" + team);
				out.object("answers");
				for (String question : Layout.QUESTIONS) {
					out.whole(question, Math.max(1, Math.min(5, Math.round(mood + rng.gaussian() * 0.8))));
				}
				out.end().end();
			}
			out.endList().end();
		}
		out.endList();
	}

	void concernsReviewsStories(Sink out) {
		String[] statuses = { "raised", "discussed", "solved", "dropped" };
		out.list("concerns");
		for (int c = 0; c < Math.max(5, this.layout.scale.painPoints / 4); c++) {
			Rng rng = Rng.of(this.layout.seed, 16, c);
			out.row()
				.text("key", "c" + c)
				.text("title", "Concern " + c)
				.text("raisedBy", "u" + rng.below(this.layout.scale.people))
				.date("raised", Layout.AS_OF.minusDays(rng.below(200)))
				.text("status", statuses[rng.weighted(3, 2, 4, 1)])
				.texts("pillars", rng.chance(0.5) ? List.of(Layout.pillar(rng.below(Layout.PILLARS))) : List.of())
				.end();
		}
		out.endList();
		out.list("reviews");
		for (int r = 0; r < 8; r++) {
			out.row().text("key", "quarter" + r).text("cadence", "quarterly")
				.date("held", Layout.AS_OF.minusDays(20 + 91L * r)).texts("outcomes", List.of("Priorities reset")).end();
		}
		out.row().text("key", "year").text("cadence", "annual").date("held", Layout.AS_OF.minusDays(300)).end();
		out.endList();
		String[] kinds = { "success", "learning", "update" };
		out.list("stories");
		for (int s = 0; s < Math.max(5, this.layout.scale.people / 20); s++) {
			Rng rng = Rng.of(this.layout.seed, 17, s);
			out.row()
				.text("key", "story" + s)
				.text("kind", kinds[rng.below(3)])
				.text("title", "Story " + s)
				.text("body", "What happened, and what we learnt from it.")
				.date("date", Layout.AS_OF.minusDays(rng.below(700)))
				.texts("pillars", List.of(Layout.pillar(rng.below(Layout.PILLARS))))
				.end();
		}
		out.endList();
	}

}
