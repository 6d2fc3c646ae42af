package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An objective with its key results as a person wrote it, before any rule was applied: the page, the API
 * and (later) the organization file all hand one of these to {@link ManageObjectives}. A blank key is
 * generated from the title; a null status is ACTIVE; a null direction is read from baseline and target.
 */
public record ObjectiveDraft(String key, String title, String description, UUID ownerId, UUID teamId, UUID parentId,
		List<String> pillars, Integer priority, LocalDate start, LocalDate due, ObjectiveStatus status,
		List<KeyResultDraft> keyResults) {

	public ObjectiveDraft {
		pillars = pillars == null ? List.of() : pillars.stream().map(p -> p == null ? "" : p.strip()).toList();
		keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
	}

	/** One key result; {@code target} null means "not measurable yet" (the linter says so). */
	public record KeyResultDraft(String key, String title, String unit, BigDecimal baseline, BigDecimal target,
			Direction direction) {
	}

}
