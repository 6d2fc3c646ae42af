package dev.plumbline.charter;

import java.util.List;

/**
 * What a charter says: the part that is versioned, compared and acknowledged. Values and pillars are in
 * their display order.
 */
public record CharterContent(String vision, String mission, List<CharterValue> values, List<Pillar> pillars) {

	public static final CharterContent EMPTY = new CharterContent("", "", List.of(), List.of());

	public CharterContent {
		vision = vision == null ? "" : vision;
		mission = mission == null ? "" : mission;
		values = values == null ? List.of() : List.copyOf(values);
		pillars = pillars == null ? List.of() : List.copyOf(pillars);
	}

	public int totalWeight() {
		return this.pillars.stream().mapToInt(p -> p.weight() == null ? 0 : p.weight()).sum();
	}

}
