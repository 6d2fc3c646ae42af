package dev.plumbline.charter;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * A new version of the charter was saved.
 */
public record CharterRevised(UUID organizationId, UUID actorId, long version, String changes) implements TrailEvent {

	@Override
	public String action() {
		return "charter.revised";
	}

	@Override
	public String subject() {
		return "charter v" + this.version;
	}

	@Override
	public String summary() {
		return this.changes;
	}

}
