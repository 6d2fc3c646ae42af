package dev.plumbline.strategy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.plumbline.strategy.InitiativeDraft;

/**
 * An initiative as the API takes it. {@code owner} is a person id; {@code objectives} are objective ids
 * or keys; {@code painPoints} are {@code journey.stage.painPoint} references. On PUT, {@code version} is
 * the version the change was made from.
 */
record InitiativeRequest(Long version, String key, String name, String description, UUID owner, String status,
		LocalDate start, LocalDate end, BigDecimal budget, BigDecimal fte, Integer progress, List<String> pillars,
		List<String> objectives, List<String> painPoints) {

	InitiativeDraft toDraft() {
		return new InitiativeDraft(this.key, this.name, this.description, this.owner, this.status, this.start,
				this.end, this.budget, this.fte, this.progress, this.pillars, this.objectives, this.painPoints);
	}

}
