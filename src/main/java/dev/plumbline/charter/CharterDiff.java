package dev.plumbline.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What changed between two versions of a charter: the words of vision and mission, and each value and
 * pillar added, removed or changed (matched by key).
 */
public record CharterDiff(long from, long to, List<TextDiff.Segment> vision, List<TextDiff.Segment> mission,
		List<ItemChange> values, List<ItemChange> pillars) {

	public enum ChangeKind {

		ADDED, REMOVED, CHANGED

	}

	public record ItemChange(ChangeKind kind, String key, String name, List<String> details) {
	}

	static CharterDiff between(long from, CharterContent before, long to, CharterContent after) {
		return new CharterDiff(from, to, TextDiff.between(before.vision(), after.vision()),
				TextDiff.between(before.mission(), after.mission()),
				items(before.values(), after.values(), CharterValue::key, CharterValue::name, CharterDiff::valueDetails),
				items(before.pillars(), after.pillars(), Pillar::key, Pillar::name, CharterDiff::pillarDetails));
	}

	public boolean visionChanged() {
		return changed(this.vision);
	}

	public boolean missionChanged() {
		return changed(this.mission);
	}

	public boolean empty() {
		return !visionChanged() && !missionChanged() && this.values.isEmpty() && this.pillars.isEmpty();
	}

	/** One line for the history list, e.g. "Mission edited; pillar Access: weight 3 → 4". */
	public String summary() {
		List<String> parts = new ArrayList<>();
		if (visionChanged()) {
			parts.add("Vision edited");
		}
		if (missionChanged()) {
			parts.add("Mission edited");
		}
		this.values.forEach(change -> parts.add(describe("value", change)));
		this.pillars.forEach(change -> parts.add(describe("pillar", change)));
		return parts.isEmpty() ? "No change in content" : String.join("; ", parts);
	}

	private static String describe(String kind, ItemChange change) {
		return switch (change.kind()) {
			case ADDED -> kind + " \"" + change.name() + "\" added";
			case REMOVED -> kind + " \"" + change.name() + "\" removed";
			case CHANGED -> kind + " \"" + change.name() + "\": " + String.join(", ", change.details());
		};
	}

	private static boolean changed(List<TextDiff.Segment> segments) {
		return segments.stream().anyMatch(s -> s.kind() != TextDiff.Kind.SAME);
	}

	private static <T> List<ItemChange> items(List<T> before, List<T> after, Function<T, String> key,
			Function<T, String> name, BiFunction<T, T, List<String>> details) {
		Map<String, T> old = new LinkedHashMap<>();
		before.forEach(item -> old.put(key.apply(item), item));
		List<ItemChange> changes = new ArrayList<>();
		for (T item : after) {
			T previous = old.remove(key.apply(item));
			if (previous == null) {
				changes.add(new ItemChange(ChangeKind.ADDED, key.apply(item), name.apply(item), List.of()));
			}
			else {
				List<String> differences = details.apply(previous, item);
				if (before.indexOf(previous) != after.indexOf(item)) {
					differences = new ArrayList<>(differences);
					differences.add("moved from position " + (before.indexOf(previous) + 1) + " to "
							+ (after.indexOf(item) + 1));
				}
				if (!differences.isEmpty()) {
					changes.add(new ItemChange(ChangeKind.CHANGED, key.apply(item), name.apply(item), differences));
				}
			}
		}
		old.values().forEach(item -> changes.add(
				new ItemChange(ChangeKind.REMOVED, key.apply(item), name.apply(item), List.of())));
		return changes;
	}

	private static List<String> valueDetails(CharterValue before, CharterValue after) {
		List<String> details = new ArrayList<>();
		if (!before.name().equals(after.name())) {
			details.add("renamed from \"" + before.name() + "\"");
		}
		if (!before.description().equals(after.description())) {
			details.add("description edited");
		}
		after.behaviors().stream().filter(b -> !before.behaviors().contains(b))
			.forEach(b -> details.add("behaviour added: \"" + b + "\""));
		before.behaviors().stream().filter(b -> !after.behaviors().contains(b))
			.forEach(b -> details.add("behaviour removed: \"" + b + "\""));
		return details;
	}

	private static List<String> pillarDetails(Pillar before, Pillar after) {
		List<String> details = new ArrayList<>();
		if (!before.name().equals(after.name())) {
			details.add("renamed from \"" + before.name() + "\"");
		}
		if (!Objects.equals(before.weight(), after.weight())) {
			details.add("weight " + before.weight() + " → " + after.weight());
		}
		if (!before.description().equals(after.description())) {
			details.add("description edited");
		}
		return details;
	}

}
