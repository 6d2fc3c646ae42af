package dev.plumbline.organization;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * A member was added, given another role, or removed.
 */
public record MembershipChanged(UUID organizationId, UUID actorId, String email, Change change, Role role)
		implements TrailEvent {

	public enum Change {

		ADDED, ROLE_CHANGED, REMOVED

	}

	@Override
	public String action() {
		return "membership." + this.change.name().toLowerCase();
	}

	@Override
	public String subject() {
		return "member " + this.email;
	}

	@Override
	public String summary() {
		return switch (this.change) {
			case ADDED -> "Added " + this.email + " as " + this.role;
			case ROLE_CHANGED -> "Changed the role of " + this.email + " to " + this.role;
			case REMOVED -> "Removed " + this.email;
		};
	}

}
