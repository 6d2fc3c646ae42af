package dev.plumbline.people;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * A team or a person was added or changed.
 */
public record PeopleChanged(UUID organizationId, UUID actorId, String action, String subject, String summary)
		implements TrailEvent {
}
