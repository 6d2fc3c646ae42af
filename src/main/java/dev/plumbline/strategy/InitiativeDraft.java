package dev.plumbline.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a person writes about an initiative, before it is checked. {@code objectives} holds objective ids
 * or keys; {@code painPoints} holds references {@code journey.stage.painPoint}. A blank key is generated
 * from the name; a blank status means PROPOSED; absent budget, FTE and progress mean 0.
 */
public record InitiativeDraft(String key, String name, String description, UUID ownerId, String status,
		LocalDate start, LocalDate end, BigDecimal budget, BigDecimal fte, Integer progress, List<String> pillars,
		List<String> objectives, List<String> painPoints) {

	public InitiativeDraft {
		pillars = pillars == null ? List.of() : pillars;
		objectives = objectives == null ? List.of() : objectives;
		painPoints = painPoints == null ? List.of() : painPoints;
	}

}
