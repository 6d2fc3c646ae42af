package dev.plumbline.objective.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plumbline.objective.Direction;
import dev.plumbline.objective.ObjectiveDraft;
import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.objective.ObjectiveStatus;

/**
 * An objective with its key results as the API takes it. {@code version} is required on PUT (the version
 * the change was made from). Omitted key results are deleted on PUT, with their check-ins.
 */
record ObjectiveRequest(Long version, String key, String title, String description, UUID ownerId, UUID teamId,
		UUID parentId, List<String> pillars, Integer priority, LocalDate start, LocalDate due, ObjectiveStatus status,
		List<KeyResultRequest> keyResults) {

	record KeyResultRequest(String key, String title, String unit, BigDecimal baseline, BigDecimal target,
			Direction direction) {
	}

	ObjectiveDraft toDraft() {
		return new ObjectiveDraft(this.key, this.title, this.description, this.ownerId, this.teamId, this.parentId,
				this.pillars, this.priority, this.start, this.due, this.status,
				this.keyResults == null ? List.of() : this.keyResults.stream()
					.map(k -> k == null ? null : new KeyResultDraft(k.key(), k.title(), k.unit(), k.baseline(), k.target(), k.direction()))
					.toList());
	}

}
