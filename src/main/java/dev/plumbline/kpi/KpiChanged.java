package dev.plumbline.kpi;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * A KPI was created or edited, or measurements were recorded.
 */
public record KpiChanged(UUID organizationId, UUID actorId, String action, String subject, String summary)
		implements TrailEvent {
}
