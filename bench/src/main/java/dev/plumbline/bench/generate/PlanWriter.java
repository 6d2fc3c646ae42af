package dev.plumbline.bench.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the charter, teams (a tree six wide), people (in contiguous blocks per team), one lead seat per
 * team (8 % empty, 10 % without a stated contribution) and the initiatives. Active initiatives mostly
 * serve open objectives; about 8 % serve closed ones or are past their end (ZOMBIE_INITIATIVE), about
 * 8 % serve nothing at all (ORPHAN_INITIATIVE unless they name a pillar).
 */
final class PlanWriter {

	static final String[] STATUSES = { "proposed", "planned", "active", "paused", "completed", "cancelled" };

	private final Layout layout;

	PlanWriter(Layout layout) {
		this.layout = layout;
	}

	void charter(Sink out) {
		out.object("charter")
			.text("vision", "Every customer served well, at the scale of " + this.layout.scale + ".")
			.text("mission", "We build and run services people rely on, and we learn from every one of them.");
		out.list("values");
		String[] values = { "candour", "ownership", "care", "craft" };
		for (int v = 0; v < Layout.VALUES; v++) {
			out.row().text("key", "v" + (v + 1)).text("name", values[v]).texts("behaviors",
					List.of("Shows " + values[v] + " in reviews", "Asks for " + values[v] + " from others")).end();
		}
		out.endList();
		out.list("pillars");
		for (int p = 0; p < Layout.PILLARS; p++) {
			out.row().text("key", Layout.pillar(p)).text("name", "Pillar " + p).whole("weight", 1 + p % 5).end();
		}
		out.endList();
		out.end();
	}

	void teamsAndPeople(Sink out) {
		Scale scale = this.layout.scale;
		out.list("teams");
		for (int t = 0; t < scale.teams; t++) {
			out.row().text("key", "t" + t).text("name", "Team " + t).text("parent", this.layout.parentTeam(t)).end();
		}
		out.endList();
		out.list("people");
		for (int p = 0; p < scale.people; p++) {
			out.row()
				.text("key", "u" + p)
				.text("name", "Person " + p)
				.text("email", "u" + p + "@example.org")
				.text("team", "t" + this.layout.teamOf(p))
				.end();
		}
		out.endList();
		out.list("seats");
		for (int t = 0; t < this.layout.scale.teams; t++) {
			Rng rng = Rng.of(this.layout.seed, 3, t);
			Integer holder = holder(this.layout, t);
			out.row()
				.text("key", "s" + t)
				.text("title", "Lead of team " + t)
				.text("team", "t" + t)
				.text("reportsTo", t == 0 ? null : "s" + ((t - 1) / 6))
				.text("contribution", rng.chance(0.1) ? null : "Turns the mission into the plan of team " + t)
				.texts("responsibilities", List.of("Plan the quarter", "Coach the team"))
				.text("holder", holder == null ? null : "u" + holder)
				.end();
		}
		out.endList();
	}

	/** Who holds the lead seat of a team: its first person, except for about 8 % empty seats. */
	static Integer holder(Layout layout, int team) {
		Rng rng = Rng.of(layout.seed, 4, team);
		int first = (int) ((long) team * layout.scale.people / layout.scale.teams);
		return rng.chance(0.08) ? null : first;
	}

	void initiatives(Sink out) {
		out.list("initiatives");
		for (int i = 0; i < this.layout.scale.initiatives; i++) {
			Rng rng = Rng.of(this.layout.seed, 5, i);
			String status = STATUSES[rng.weighted(10, 15, 45, 8, 17, 5)];
			boolean running = status.equals("active") || status.equals("paused");
			boolean zombie = running && rng.chance(0.08);
			var start = Layout.AS_OF.minusDays(rng.between(30, 400));
			var end = zombie && rng.chance(0.5) ? Layout.AS_OF.minusDays(rng.between(5, 120))
					: Layout.AS_OF.plusDays(rng.between(30, 300));
			if (end.isBefore(start)) {
				start = end.minusDays(60);
			}
			out.row()
				.text("key", "i" + i)
				.text("name", "Initiative " + i)
				.text("description", rng.chance(0.5) ? "Delivers part of the plan of the year." : null)
				.text("owner", rng.chance(0.05) ? null : "u" + rng.below(this.layout.scale.people))
				.text("status", status)
				.date("start", start)
				.date("end", end)
				.whole("budget", rng.between(10, 500) * 1000L)
				.tenths("fte", rng.between(5, 51))
				.texts("pillars", rng.chance(0.3) ? List.of(Layout.pillar(rng.below(Layout.PILLARS))) : List.of())
				.texts("objectives", objectives(rng, running && !zombie))
				.texts("addresses", rng.chance(0.25) && this.layout.scale.painPoints > 0
						? List.of(this.layout.painPoint(rng.below(this.layout.scale.painPoints))) : List.of());
			if (running) {
				out.whole("progress", rng.below(101));
			}
			out.end();
		}
		out.endList();
	}

	private List<String> objectives(Rng rng, boolean open) {
		if (rng.chance(0.08)) {
			return List.of();
		}
		int count = rng.between(1, 4);
		List<String> keys = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			int[] pool = this.layout.open;
			int objective = open && pool.length > 0 ? pool[rng.below(pool.length)] : rng.below(this.layout.scale.objectives);
			String key = "o" + objective;
			if (!keys.contains(key)) {
				keys.add(key);
			}
		}
		return keys;
	}

}
