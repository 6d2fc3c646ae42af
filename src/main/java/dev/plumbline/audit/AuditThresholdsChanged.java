package dev.plumbline.audit;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * An organization's audit thresholds were changed ({@code audit.thresholds.changed}); the audit reruns.
 */
public record AuditThresholdsChanged(UUID organizationId, UUID actorId, long version) implements TrailEvent {

	@Override
	public String action() {
		return "audit.thresholds.changed";
	}

	@Override
	public String subject() {
		return "audit thresholds v" + this.version;
	}

	@Override
	public String summary() {
		return "changed the audit thresholds (version " + this.version + ")";
	}

}
