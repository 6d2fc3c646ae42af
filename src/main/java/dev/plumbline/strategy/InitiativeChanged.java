package dev.plumbline.strategy;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * An initiative was created ({@code initiative.created}), updated ({@code initiative.updated}) or deleted
 * ({@code initiative.deleted}).
 */
public record InitiativeChanged(UUID organizationId, UUID actorId, UUID initiativeId, String action, String subject,
		String summary) implements TrailEvent {
}
