package dev.plumbline.audit;

/**
 * One colour per health, the same on the graph, the badges and the charts.
 */
public final class HealthColours {

	public static final String CRITICAL = "#c0392b";

	public static final String WARNING = "#e0a03a";

	public static final String INFO = "#5b8db8";

	public static final String HEALTHY = "#3c8d5a";

	private HealthColours() {
	}

	/** The colour of a node whose worst finding has this severity; healthy when null. */
	public static String of(Severity worst) {
		if (worst == null) {
			return HEALTHY;
		}
		return switch (worst) {
			case CRITICAL -> CRITICAL;
			case WARNING -> WARNING;
			case INFO -> INFO;
		};
	}

	/** The colour of an index value: red under 50, amber under 75, green from 75. */
	public static String ofScore(int score) {
		return score < 50 ? CRITICAL : score < 75 ? WARNING : HEALTHY;
	}

}
