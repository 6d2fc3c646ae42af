package dev.plumbline.objective;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * An objective (with its key results) was created, edited, re-ranked or deleted.
 */
public record ObjectiveChanged(UUID organizationId, UUID actorId, UUID objectiveId, String action, String key,
		String summary) implements TrailEvent {

	@Override
	public String subject() {
		return "objective " + this.key;
	}

}
