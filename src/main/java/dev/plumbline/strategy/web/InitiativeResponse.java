package dev.plumbline.strategy.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plumbline.strategy.Initiative;

/**
 * An initiative as the API returns it; {@code status} in lower case as in the organization file.
 */
record InitiativeResponse(UUID id, String key, String name, String description, UUID owner, String ownerName,
		String status, LocalDate start, LocalDate end, BigDecimal budget, BigDecimal fte, int progress,
		List<String> pillars, List<UUID> objectives, List<String> painPoints, long version, Instant updatedAt) {

	static InitiativeResponse of(Initiative i) {
		return new InitiativeResponse(i.id(), i.key(), i.name(), i.description(), i.ownerId(), i.ownerName(),
				i.status().name().toLowerCase(java.util.Locale.ROOT), i.start(), i.end(), i.budget(), i.fte(),
				i.progress(), i.pillarKeys(), i.objectiveIds(), i.painPoints(), i.version(), i.updatedAt());
	}

}
