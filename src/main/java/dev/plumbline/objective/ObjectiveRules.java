package dev.plumbline.objective;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.shared.Keys;
import dev.plumbline.shared.FieldProblem;

/**
 * What makes an objective acceptable on its own (the use case adds what needs the database: owner, team,
 * parent, pillars, unique key), and the keys it gets when none are given. Pure logic.
 */
final class ObjectiveRules {

	static final int MAX_KEY_RESULTS = 20;


	private ObjectiveRules() {
	}

	/** Strips text, fills in keys, status and directions. */
	static ObjectiveDraft normalize(ObjectiveDraft draft) {
		List<KeyResultDraft> keyResults = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (KeyResultDraft kr : draft.keyResults()) {
			if (kr == null) {
				keyResults.add(new KeyResultDraft(null, "", "", BigDecimal.ZERO, null, Direction.INCREASE));
				continue;
			}
			BigDecimal baseline = kr.baseline() == null ? BigDecimal.ZERO : kr.baseline();
			Direction direction = kr.direction() != null ? kr.direction()
					: (kr.target() != null && kr.target().compareTo(baseline) < 0) ? Direction.DECREASE : Direction.INCREASE;
			String key = blank(kr.key()) ? Keys.unique(key(kr.title(), "kr"), used) : kr.key().strip();
			used.add(key);
			keyResults.add(new KeyResultDraft(key, strip(kr.title()), strip(kr.unit()), baseline, kr.target(), direction));
		}
		return new ObjectiveDraft(blank(draft.key()) ? key(draft.title(), "objective") : draft.key().strip(),
				strip(draft.title()), strip(draft.description()), draft.ownerId(), draft.teamId(), draft.parentId(),
				draft.pillars().stream().filter(p -> !p.isEmpty()).distinct().toList(), draft.priority(), draft.start(),
				draft.due(), draft.status() == null ? ObjectiveStatus.ACTIVE : draft.status(), keyResults);
	}

	/** Every problem of a normalized draft, each naming its field by path (e.g. {@code keyResults[1].target}). */
	static List<FieldProblem> check(ObjectiveDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.title().isEmpty()) {
			problems.add(new FieldProblem("title", "must not be empty: say what you want to achieve"));
		}
		else if (draft.title().length() > 200) {
			problems.add(new FieldProblem("title", "must be at most 200 characters"));
		}
		if (!Keys.valid(draft.key())) {
			problems.add(new FieldProblem("key", "may use lower-case letters, digits, '.', '-' and '_' (up to 60)"));
		}
		if (draft.description().length() > 4000) {
			problems.add(new FieldProblem("description", "must be at most 4000 characters"));
		}
		if (draft.priority() != null && draft.priority() < 0) {
			problems.add(new FieldProblem("priority", "must be 0 or more"));
		}
		if (draft.start() != null && draft.due() != null && draft.due().isBefore(draft.start())) {
			problems.add(new FieldProblem("due", "must be on or after the start date (" + draft.start() + ")"));
		}
		if (draft.keyResults().size() > MAX_KEY_RESULTS) {
			problems.add(new FieldProblem("keyResults", "at most " + MAX_KEY_RESULTS + " key results"));
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < draft.keyResults().size(); i++) {
			KeyResultDraft kr = draft.keyResults().get(i);
			String path = "keyResults[" + i + "]";
			if (kr.title().isEmpty()) {
				problems.add(new FieldProblem(path + ".title", "must not be empty"));
			}
			else if (kr.title().length() > 200) {
				problems.add(new FieldProblem(path + ".title", "must be at most 200 characters"));
			}
			if (!Keys.valid(kr.key())) {
				problems.add(new FieldProblem(path + ".key", "may use lower-case letters, digits, '.', '-' and '_' (up to 60)"));
			}
			else if (!keys.add(kr.key())) {
				problems.add(new FieldProblem(path + ".key", "\"" + kr.key() + "\" is used by another key result"));
			}
			if (kr.unit().length() > 40) {
				problems.add(new FieldProblem(path + ".unit", "must be at most 40 characters"));
			}
			if (kr.target() != null) {
				int cmp = kr.target().compareTo(kr.baseline());
				if (kr.direction() == Direction.INCREASE && cmp < 0) {
					problems.add(new FieldProblem(path + ".target", "is below the baseline (" + kr.baseline().stripTrailingZeros().toPlainString()
							+ ") but the direction is increase"));
				}
				if (kr.direction() == Direction.DECREASE && cmp > 0) {
					problems.add(new FieldProblem(path + ".target", "is above the baseline (" + kr.baseline().stripTrailingZeros().toPlainString()
							+ ") but the direction is decrease"));
				}
			}
			number(problems, path + ".baseline", kr.baseline());
			number(problems, path + ".target", kr.target());
		}
		return problems;
	}

	private static void number(List<FieldProblem> problems, String field, BigDecimal value) {
		if (value != null && value.abs().compareTo(new BigDecimal("99999999999999")) > 0) {
			problems.add(new FieldProblem(field, "is too large"));
		}
	}

	static String key(String title, String fallback) {
		String base = Keys.fromName(title);
		return base.isEmpty() ? fallback : base;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
