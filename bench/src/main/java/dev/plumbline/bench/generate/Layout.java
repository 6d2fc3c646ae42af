package dev.plumbline.bench.generate;

import java.time.LocalDate;

/**
 * The shape shared by all sections of one generated organization: the dates, the cascade levels of the
 * objectives, the team tree, the journeys and their pain points, and which objectives are still open
 * (so that active initiatives mostly serve open objectives and only a few turn into zombies).
 */
final class Layout {

	/** The audit's "today" of every generated file. */
	static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	/** Two years of history. */
	static final LocalDate START = AS_OF.minusDays(730);

	static final int PILLARS = 6;

	static final int VALUES = 4;

	static final int STAGES_PER_JOURNEY = 5;

	static final int SURVEYS = 8;

	static final String[] QUESTIONS = { "alignment", "clarity", "values", "priorities" };

	final Scale scale;

	final long seed;

	/** First index of each cascade level (company, department, team, individual): 1 : 4 : 16 : rest. */
	final int[] levelStart;

	final int journeys;

	final int painPointsPerStage;

	/** Indices of the objectives still active as of {@link #AS_OF}. */
	final int[] open;

	Layout(Scale scale, long seed) {
		this.scale = scale;
		this.seed = seed;
		int unit = Math.max(1, scale.objectives / 85);
		this.levelStart = new int[] { 0, unit, unit * 5, unit * 21, scale.objectives };
		this.journeys = Math.max(1, scale.painPoints / 40);
		this.painPointsPerStage = (scale.painPoints + this.journeys * STAGES_PER_JOURNEY - 1)
				/ (this.journeys * STAGES_PER_JOURNEY);
		int[] found = new int[scale.objectives];
		int count = 0;
		for (int o = 0; o < scale.objectives; o++) {
			if (ObjectivePlan.of(this, o).status().equals("active")) {
				found[count++] = o;
			}
		}
		this.open = java.util.Arrays.copyOf(found, count);
	}

	int level(int objective) {
		for (int level = 3; level > 0; level--) {
			if (objective >= this.levelStart[level]) {
				return level;
			}
		}
		return 0;
	}

	/** The parent of a team in a tree six wide; null for the root. */
	String parentTeam(int team) {
		return team == 0 ? null : "t" + ((team - 1) / 6);
	}

	/** A person of the team: people are spread over the teams in contiguous blocks. */
	int personOf(int team, Rng rng) {
		int from = (int) ((long) team * this.scale.people / this.scale.teams);
		int to = (int) ((long) (team + 1) * this.scale.people / this.scale.teams);
		return to > from ? rng.between(from, to) : rng.below(this.scale.people);
	}

	/** The team whose block holds the person (the inverse of the blocks of {@link #personOf}). */
	int teamOf(int person) {
		long teams = this.scale.teams;
		return (int) Math.min(teams - 1, ((person + 1L) * teams - 1) / this.scale.people);
	}

	/** The reference of a pain point by its global index: journey.stage.painPoint. */
	String painPoint(int index) {
		int perJourney = STAGES_PER_JOURNEY * this.painPointsPerStage;
		return "j" + (index / perJourney) + ".s" + ((index / this.painPointsPerStage) % STAGES_PER_JOURNEY) + ".pp"
				+ (index % this.painPointsPerStage);
	}

	static String pillar(int index) {
		return "p" + index;
	}

}
