package dev.plumbline.strategy;

import java.util.UUID;

/**
 * Which initiatives a list shows; a null part does not filter.
 */
public record InitiativeFilter(String pillar, UUID ownerId, InitiativeStatus status) {

	public static final InitiativeFilter NONE = new InitiativeFilter(null, null, null);

	public InitiativeFilter {
		pillar = pillar == null || pillar.isBlank() ? null : pillar.strip();
	}

}
