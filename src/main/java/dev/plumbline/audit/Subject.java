package dev.plumbline.audit;

import java.util.List;

/**
 * The node a finding is about: its kind ({@code initiative}, {@code objective}, {@code keyResult},
 * {@code pillar}, {@code kpi}, {@code seat}, {@code person}, {@code painPoint}, {@code decision},
 * {@code team}, {@code concern}, {@code review}, {@code survey}), its key and its display name.
 * Key results are keyed {@code objectiveKey.krKey}; pain points {@code journey.stage.painPoint}.
 */
public record Subject(String kind, String key, String name) {

	/** Every kind a finding's subject may have. */
	public static final List<String> KINDS = List.of("initiative", "objective", "keyResult", "pillar", "kpi", "seat",
			"person", "painPoint", "decision", "team", "concern", "review", "survey");

}
