package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SMART check of one objective, letter by letter, in plain words. Pure logic (no Spring): the form's
 * as-you-type hints, the objective page and the audit's SMART_* findings all use it. The rules are those of
 * the audit codes in PRODUCT.md:
 * <ul>
 * <li><b>S</b>pecific (SMART_SPECIFIC): the objective has at least one key result.</li>
 * <li><b>M</b>easurable (SMART_MEASURABLE): every key result has a numeric target.</li>
 * <li><b>A</b>chievable (SMART_ACHIEVABLE): for every key result with a target, a due date and two or more
 * check-ins on different days, the rate still needed to reach the target by the due date (from the latest
 * value, over the days left from {@code asOf}) is at most 3× the rate seen from the first to the latest
 * check-in. Too few check-ins: not judged (passes).</li>
 * <li><b>R</b>elevant (SMART_RELEVANT): the objective, or an objective up its parent chain, serves a
 * pillar.</li>
 * <li><b>T</b>ime-bound (SMART_TIMEBOUND): the objective has a due date.</li>
 * </ul>
 * The audit reports S and T for active objectives only; the linter states them for any objective.
 */
public final class SmartLinter {

	/** How many times the observed rate a key result may still need before it is judged unachievable. */
	public static final double ACHIEVABLE_FACTOR = 3.0;

	public enum Letter {

		SPECIFIC("S", "Specific", "SMART_SPECIFIC"), MEASURABLE("M", "Measurable", "SMART_MEASURABLE"),
		ACHIEVABLE("A", "Achievable", "SMART_ACHIEVABLE"), RELEVANT("R", "Relevant", "SMART_RELEVANT"),
		TIMEBOUND("T", "Time-bound", "SMART_TIMEBOUND");

		private final String initial;

		private final String label;

		private final String auditCode;

		Letter(String initial, String label, String auditCode) {
			this.initial = initial;
			this.label = label;
			this.auditCode = auditCode;
		}

		public String initial() {
			return this.initial;
		}

		public String auditCode() {
			return this.auditCode;
		}

		public String label() {
			return this.label;
		}

	}

	/** One letter's verdict. */
	public record Hint(Letter letter, boolean passed, String reason) {
	}

	/** A check-in as the linter needs it. */
	public record Point(LocalDate date, BigDecimal value) {
	}

	/** A key result as the linter needs it; {@code target} null means not measurable. */
	public record KeyResultFacts(String title, BigDecimal baseline, BigDecimal target, Direction direction,
			List<Point> checkIns) {

		public KeyResultFacts {
			checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
		}

	}

	/**
	 * What the linter looks at. {@code pillarsThroughChain}: the objective's own pillar keys and those of
	 * every ancestor.
	 */
	public record Facts(LocalDate due, List<String> pillarsThroughChain, List<KeyResultFacts> keyResults) {

		public Facts {
			pillarsThroughChain = pillarsThroughChain == null ? List.of() : List.copyOf(pillarsThroughChain);
			keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
		}

	}

	private SmartLinter() {
	}

	/** All five letters, in S-M-A-R-T order. */
	public static List<Hint> lint(Facts facts, LocalDate asOf) {
		return List.of(specific(facts), measurable(facts), achievable(facts, asOf), relevant(facts), timebound(facts));
	}

	static Hint specific(Facts facts) {
		int n = facts.keyResults().size();
		return (n == 0) ? new Hint(Letter.SPECIFIC, false, "No key result yet: add one that says what will change.")
				: new Hint(Letter.SPECIFIC, true, n + (n == 1 ? " key result says" : " key results say") + " what will change.");
	}

	static Hint measurable(Facts facts) {
		List<String> missing = facts.keyResults().stream().filter(k -> k.target() == null).map(KeyResultFacts::title).toList();
		if (!missing.isEmpty()) {
			return new Hint(Letter.MEASURABLE, false, "No numeric target on: " + String.join(", ", names(missing)) + ".");
		}
		return facts.keyResults().isEmpty() ? new Hint(Letter.MEASURABLE, true, "Nothing to measure yet: add key results with targets.")
				: new Hint(Letter.MEASURABLE, true, "Every key result has a numeric target.");
	}

	static Hint achievable(Facts facts, LocalDate asOf) {
		List<String> tooSteep = new ArrayList<>();
		int judged = 0;
		for (KeyResultFacts kr : facts.keyResults()) {
			Boolean ok = achievable(kr, facts.due(), asOf);
			if (ok != null) {
				judged++;
				if (!ok) {
					tooSteep.add(kr.title());
				}
			}
		}
		if (!tooSteep.isEmpty()) {
			return new Hint(Letter.ACHIEVABLE, false, "At the pace of its check-ins, " + String.join(", ", names(tooSteep))
					+ " would need over 3× that pace to reach the target by the due date.");
		}
		return (judged == 0) ? new Hint(Letter.ACHIEVABLE, true, "Not judged yet: needs a due date and two check-ins on a key result with a target.")
				: new Hint(Letter.ACHIEVABLE, true, "At the pace of the check-ins so far, every target is within reach.");
	}

	/**
	 * Null when it cannot be judged (no target, no due date, fewer than two check-ins on different days).
	 * Rates are per day, counted in the key result's direction.
	 */
	static Boolean achievable(KeyResultFacts kr, LocalDate due, LocalDate asOf) {
		if (kr.target() == null || due == null || kr.checkIns().size() < 2) {
			return null;
		}
		List<Point> points = kr.checkIns().stream().sorted(Comparator.comparing(Point::date)).toList();
		Point first = points.get(0);
		Point last = points.get(points.size() - 1);
		long observedDays = ChronoUnit.DAYS.between(first.date(), last.date());
		if (observedDays <= 0) {
			return null;
		}
		double sign = (kr.direction() == Direction.DECREASE) ? -1 : 1;
		double remaining = sign * (kr.target().doubleValue() - last.value().doubleValue());
		if (remaining <= 0) {
			return true; // already there
		}
		long daysLeft = ChronoUnit.DAYS.between(asOf, due);
		if (daysLeft <= 0) {
			return false; // out of time and not there
		}
		double observed = sign * (last.value().doubleValue() - first.value().doubleValue()) / observedDays;
		double needed = remaining / daysLeft;
		return observed > 0 && needed <= ACHIEVABLE_FACTOR * observed;
	}

	static Hint relevant(Facts facts) {
		return facts.pillarsThroughChain().isEmpty()
				? new Hint(Letter.RELEVANT, false, "Serves no pillar, directly or through its parent objectives: pick a pillar or a parent that has one.")
				: new Hint(Letter.RELEVANT, true, "Serves " + String.join(", ", facts.pillarsThroughChain().stream().distinct().toList()) + ".");
	}

	static Hint timebound(Facts facts) {
		return facts.due() == null ? new Hint(Letter.TIMEBOUND, false, "No due date: say by when.")
				: new Hint(Letter.TIMEBOUND, true, "Due " + facts.due() + ".");
	}

	private static List<String> names(List<String> titles) {
		return titles.stream().map(t -> (t == null || t.isBlank()) ? "an untitled key result" : "\"" + t + "\"").toList();
	}

}
