package dev.plumbline.objective;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An objective as other modules see it. {@code progress} is 0–100 (see README, "Progress").
 */
public record ObjectiveSummary(UUID id, String key, String title, UUID parentId, UUID ownerId, String ownerName,
		UUID teamId, String teamName, List<String> pillarKeys, String status, LocalDate start, LocalDate due,
		double progress) {
}
