package dev.plumbline.organization;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * A new organization exists; its creator is its first ADMIN.
 */
public record OrganizationCreated(UUID organizationId, UUID actorId, String slug, String name) implements TrailEvent {

	@Override
	public String action() {
		return "organization.created";
	}

	@Override
	public String subject() {
		return "organization " + this.slug;
	}

	@Override
	public String summary() {
		return "Created organization \"" + this.name + "\" (" + this.slug + ")";
	}

}
