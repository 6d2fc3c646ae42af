package dev.plumbline.charter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.Keys;

/**
 * What makes a charter acceptable, and the keys it gets when none are given. Pure logic: the page, the
 * API and (later) the organization file all go through it.
 */
final class CharterRules {

	static final int MAX_TEXT = 2000;

	static final int MAX_NAME = 80;

	static final int MAX_ITEMS = 20;

	static final int MAX_BEHAVIORS = 12;

	private CharterRules() {
	}

	/** Every problem with the content, each naming its field by path. */
	static List<FieldProblem> check(CharterContent content) {
		List<FieldProblem> problems = new ArrayList<>();
		if (content.mission().isBlank()) {
			problems.add(new FieldProblem("mission", "must not be empty: say why the organization exists"));
		}
		text(problems, "mission", content.mission(), MAX_TEXT);
		text(problems, "vision", content.vision(), MAX_TEXT);
		if (content.values().size() > MAX_ITEMS) {
			problems.add(new FieldProblem("values", "at most " + MAX_ITEMS + " values"));
		}
		if (content.pillars().size() > MAX_ITEMS) {
			problems.add(new FieldProblem("pillars", "at most " + MAX_ITEMS + " pillars"));
		}
		Set<String> names = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < content.values().size(); i++) {
			CharterValue value = content.values().get(i);
			String path = "values[" + i + "]";
			name(problems, path, value.name(), names, "value");
			key(problems, path, value.key(), keys, "value");
			text(problems, path + ".description", value.description(), MAX_TEXT);
			if (value.behaviors().size() > MAX_BEHAVIORS) {
				problems.add(new FieldProblem(path + ".behaviors", "at most " + MAX_BEHAVIORS + " behaviours"));
			}
			for (int b = 0; b < value.behaviors().size(); b++) {
				String behavior = value.behaviors().get(b);
				if (behavior == null || behavior.isBlank()) {
					problems.add(new FieldProblem(path + ".behaviors[" + b + "]", "must not be empty"));
				}
				else if (behavior.length() > 300) {
					problems.add(new FieldProblem(path + ".behaviors[" + b + "]", "must be at most 300 characters"));
				}
			}
		}
		names.clear();
		keys.clear();
		for (int i = 0; i < content.pillars().size(); i++) {
			Pillar pillar = content.pillars().get(i);
			String path = "pillars[" + i + "]";
			name(problems, path, pillar.name(), names, "pillar");
			key(problems, path, pillar.key(), keys, "pillar");
			text(problems, path + ".description", pillar.description(), MAX_TEXT);
			if (pillar.weight() == null) {
				problems.add(new FieldProblem(path + ".weight", "is required: a whole number from 1 to 5"));
			}
			else if (pillar.weight() < 1 || pillar.weight() > 5) {
				problems.add(new FieldProblem(path + ".weight",
						"must be from 1 to 5 (was " + pillar.weight() + ")"));
			}
		}
		return problems;
	}

	/** The same content with surrounding blanks trimmed and a key on every value and pillar. */
	static CharterContent normalize(CharterContent content) {
		Set<String> valueKeys = new HashSet<>();
		content.values().stream().map(CharterValue::key).filter(k -> k != null && !k.isBlank()).forEach(valueKeys::add);
		List<CharterValue> values = content.values().stream().map(v -> new CharterValue(
				keyFor(v.key(), v.name(), valueKeys), strip(v.name()), strip(v.description()),
				v.behaviors().stream().map(CharterRules::strip).toList())).toList();
		Set<String> pillarKeys = new HashSet<>();
		content.pillars().stream().map(Pillar::key).filter(k -> k != null && !k.isBlank()).forEach(pillarKeys::add);
		List<Pillar> pillars = content.pillars().stream().map(p -> new Pillar(keyFor(p.key(), p.name(), pillarKeys),
				strip(p.name()), strip(p.description()), p.weight())).toList();
		return new CharterContent(strip(content.vision()), strip(content.mission()), values, pillars);
	}

	static String keyFor(String given, String name, Set<String> taken) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		String base = Keys.fromName(name);
		return Keys.unique(base.isEmpty() ? "item" : base, taken);
	}

	private static void name(List<FieldProblem> problems, String path, String name, Set<String> seen, String kind) {
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem(path + ".name", "must not be empty"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new FieldProblem(path + ".name", "must be at most " + MAX_NAME + " characters"));
		}
		else if (!seen.add(name.strip().toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem(path + ".name", "another " + kind + " is already named \"" + name.strip() + "\""));
		}
	}

	private static void key(List<FieldProblem> problems, String path, String key, Set<String> seen, String kind) {
		if (key == null) {
			return;
		}
		if (!Keys.valid(key)) {
			problems.add(new FieldProblem(path + ".key", Keys.RULE));
		}
		else if (!seen.add(key)) {
			problems.add(new FieldProblem(path + ".key", "another " + kind + " already has the key \"" + key + "\""));
		}
	}

	private static void text(List<FieldProblem> problems, String field, String text, int max) {
		if (text != null && text.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
