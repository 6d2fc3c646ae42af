package dev.plumbline.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An initiative as read: the owner with their name and team, the pillar keys it serves, the ids of the
 * objectives it advances and the pain points ({@code journey.stage.painPoint}) it addresses.
 * {@code updatedAt} is when it last moved.
 */
public record Initiative(UUID id, String key, String name, String description, UUID ownerId, String ownerName,
		String ownerTeamName, InitiativeStatus status, LocalDate start, LocalDate end, BigDecimal budget,
		BigDecimal fte, int progress, List<String> pillarKeys, List<UUID> objectiveIds, List<String> painPoints,
		long version, Instant updatedAt) {

	public Initiative {
		pillarKeys = List.copyOf(pillarKeys);
		objectiveIds = List.copyOf(objectiveIds);
		painPoints = List.copyOf(painPoints);
	}

	/** Serves no pillar directly (it may still reach one through an objective). */
	public boolean withoutPillar() {
		return this.pillarKeys.isEmpty();
	}

}
