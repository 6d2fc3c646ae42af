package dev.plumbline.bench.generate;

import java.util.Locale;

/**
 * The sizes of issue 5's table. Every objective has three key results and every key result ten check-ins,
 * which is how the table's figures relate.
 */
public enum Scale {

	S(50, 6, 200, 6_000, 40, 20, 52, 40, 50, 500),
	M(1_000, 80, 5_000, 150_000, 500, 100, 365, 400, 500, 5_000),
	L(10_000, 800, 50_000, 1_500_000, 5_000, 1_000, 365, 4_000, 5_000, 100_000),
	XL(50_000, 4_000, 250_000, 7_500_000, 25_000, 5_000, 365, 20_000, 25_000, 500_000);

	/** Key results of every objective. */
	public static final int KEY_RESULTS_PER_OBJECTIVE = 3;

	/** Check-ins of every key result. */
	public static final int CHECK_INS_PER_KEY_RESULT = 10;

	public final int people;

	public final int teams;

	public final int objectives;

	public final int checkIns;

	public final int initiatives;

	public final int kpis;

	public final int measurementsPerKpi;

	public final int painPoints;

	public final int decisions;

	public final int surveyResponses;

	Scale(int people, int teams, int objectives, int checkIns, int initiatives, int kpis, int measurementsPerKpi,
			int painPoints, int decisions, int surveyResponses) {
		this.people = people;
		this.teams = teams;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.initiatives = initiatives;
		this.kpis = kpis;
		this.measurementsPerKpi = measurementsPerKpi;
		this.painPoints = painPoints;
		this.decisions = decisions;
		this.surveyResponses = surveyResponses;
	}

	public int keyResults() {
		return this.objectives * KEY_RESULTS_PER_OBJECTIVE;
	}

	/** Parses S, M, L or XL in any case, naming the choices otherwise. */
	public static Scale parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("scale '" + text + "' is not one of S, M, L, XL");
		}
	}

}
