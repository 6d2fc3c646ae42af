package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.plumbline.shared.Keys;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;

/**
 * What makes a KPI definition acceptable. Every problem names its field: {@code key}, {@code name},
 * {@code unit}, {@code owner}, {@code pillars[i]}, {@code cadence}, {@code direction}, {@code target},
 * {@code thresholds.red}, {@code thresholds.green}. Thresholds must agree with the direction (higher is
 * better: red below green; lower is better: red above green) and the target must be on the green side.
 */
final class KpiRules {


	/** NUMERIC(18,4): at most 14 digits before the point. */
	static final BigDecimal LIMIT = new BigDecimal("1e14");

	/** A definition that passed every check, with the owner resolved to a person id. */
	record Definition(String key, String name, String unit, UUID ownerId, List<String> pillars, Cadence cadence,
			Direction direction, BigDecimal target, BigDecimal red, BigDecimal green) {
	}

	private KpiRules() {
	}

	/**
	 * @param pillarKeys the pillars of the current charter
	 * @param owners finds a person's id by id or key
	 * @throws InvalidInputException listing every problem
	 */
	static Definition check(KpiDraft draft, Set<String> pillarKeys, Function<String, Optional<UUID>> owners) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = strip(draft.name());
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "must not be empty"));
		}
		else if (name.length() > 160) {
			problems.add(new FieldProblem("name", "must be at most 160 characters"));
		}
		String key = key(draft.key(), name);
		if (!Keys.valid(key)) {
			problems.add(new FieldProblem("key", "may use lower-case letters, digits, '.', '-' and '_' (up to 60)"));
		}
		String unit = strip(draft.unit());
		if (unit.length() > 40) {
			problems.add(new FieldProblem("unit", "must be at most 40 characters"));
		}
		UUID owner = null;
		if (!strip(draft.owner()).isEmpty()) {
			owner = owners.apply(strip(draft.owner())).orElse(null);
			if (owner == null) {
				problems.add(new FieldProblem("owner", "no person has the id or key \"" + strip(draft.owner()) + "\""));
			}
		}
		Set<String> pillars = new LinkedHashSet<>();
		for (int i = 0; i < draft.pillars().size(); i++) {
			String pillar = draft.pillars().get(i).strip();
			if (!pillarKeys.contains(pillar)) {
				problems.add(new FieldProblem("pillars[" + i + "]", "no pillar of the charter has the key \"" + pillar + "\""));
			}
			pillars.add(pillar);
		}
		Cadence cadence = parse(Cadence.class, draft.cadence(), "cadence", problems);
		Direction direction = parse(Direction.class, draft.direction(), "direction", problems);
		number(problems, "target", draft.target());
		number(problems, "thresholds.red", draft.red());
		number(problems, "thresholds.green", draft.green());
		if (direction != null && draft.red() != null && draft.green() != null) {
			if (direction == Direction.INCREASE && draft.red().compareTo(draft.green()) >= 0) {
				problems.add(new FieldProblem("thresholds.red", "must be below the green threshold ("
						+ draft.green().toPlainString() + ") when higher is better"));
			}
			if (direction == Direction.DECREASE && draft.red().compareTo(draft.green()) <= 0) {
				problems.add(new FieldProblem("thresholds.red", "must be above the green threshold ("
						+ draft.green().toPlainString() + ") when lower is better"));
			}
		}
		if (direction != null && draft.green() != null && draft.target() != null
				&& !direction.atLeastAsGood(draft.target(), draft.green())) {
			problems.add(new FieldProblem("target", "must be on the green side: "
					+ (direction == Direction.INCREASE ? "at or above " : "at or below ") + "the green threshold ("
					+ draft.green().toPlainString() + ")"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Definition(key, name, unit, owner, List.copyOf(pillars), cadence, direction, draft.target(),
				draft.red(), draft.green());
	}

	/** A value of a measurement: present and within the column's range. */
	static void value(List<FieldProblem> problems, String field, BigDecimal value) {
		number(problems, field, value);
	}

	private static void number(List<FieldProblem> problems, String field, BigDecimal value) {
		if (value == null) {
			problems.add(new FieldProblem(field, "is required: a number"));
		}
		else if (value.abs().compareTo(LIMIT) >= 0) {
			problems.add(new FieldProblem(field, "must be smaller than 100,000,000,000,000 in size"));
		}
		else if (value.scale() > 4 && value.stripTrailingZeros().scale() > 4) {
			problems.add(new FieldProblem(field, "may have at most 4 decimal places"));
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldProblem> problems) {
		String names = String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
			.map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
		if (strip(text).isEmpty()) {
			problems.add(new FieldProblem(field, "is required: one of " + names));
			return null;
		}
		try {
			return Enum.valueOf(type, strip(text).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "must be one of " + names + " (was \"" + strip(text) + "\")"));
			return null;
		}
	}

	static String key(String given, String name) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		String base = Keys.fromName(name);
		return base.isEmpty() ? "-" : base;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
