package dev.plumbline.charter;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * A member confirmed they have read the current charter version.
 */
public record CharterAcknowledged(UUID organizationId, UUID actorId, long version) implements TrailEvent {

	@Override
	public String action() {
		return "charter.acknowledged";
	}

	@Override
	public String subject() {
		return "charter v" + this.version;
	}

	@Override
	public String summary() {
		return "Acknowledged charter version " + this.version;
	}

}
