package dev.plumbline.bench.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * The head of one generated objective, derived from (seed, index) alone so that the initiatives can ask
 * for an objective's status before the objectives are written. Cascade: level 0 objectives serve one or
 * two pillars; every other level has a parent on the level above, except about 6 % orphans (no parent,
 * no pillar). Dates spread over the two years; objectives past their due date are mostly completed.
 */
record ObjectivePlan(int index, int level, String parent, List<String> pillars, int team, Integer owner,
		int priority, LocalDate start, LocalDate due, String status) {

	static final int SECTION = 7;

	static ObjectivePlan of(Layout layout, int index) {
		Rng rng = Rng.of(layout.seed, SECTION, index);
		int level = layout.level(index);
		String parent = null;
		List<String> pillars = List.of();
		if (level == 0) {
			int first = rng.below(Layout.PILLARS);
			pillars = rng.chance(0.4) ? List.of(Layout.pillar(first), Layout.pillar((first + 1) % Layout.PILLARS))
					: List.of(Layout.pillar(first));
		}
		else if (!rng.chance(0.06)) {
			int from = layout.levelStart[level - 1];
			parent = "o" + (from + rng.below(layout.levelStart[level] - from));
		}
		int teams = layout.scale.teams;
		int team = level == 0 ? rng.below(Math.min(teams, 7)) : rng.below(teams);
		Integer owner = rng.chance(0.05) ? null : layout.personOf(team, rng);
		LocalDate start = Layout.START.plusDays(rng.below(700));
		int[] lengths = { 91, 182, 365 };
		LocalDate due = rng.chance(0.04) ? null : start.plusDays(lengths[rng.weighted(6, 3, 1)]);
		String status;
		if (due != null && due.isBefore(Layout.AS_OF)) {
			status = new String[] { "completed", "cancelled", "active" }[rng.weighted(75, 10, 15)];
		}
		else {
			status = rng.chance(0.05) ? "cancelled" : "active";
		}
		return new ObjectivePlan(index, level, parent, pillars, team, owner, rng.weighted(2, 4, 3, 1), start, due,
				status);
	}

	/** The last day that can carry a check-in. */
	LocalDate lastDay() {
		LocalDate end = this.due == null || this.due.isAfter(Layout.AS_OF) ? Layout.AS_OF : this.due;
		return end.isBefore(this.start.plusDays(Scale.CHECK_INS_PER_KEY_RESULT)) ? this.start.plusDays(
				Scale.CHECK_INS_PER_KEY_RESULT) : end;
	}

}
