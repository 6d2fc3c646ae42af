package dev.plumbline.interchange;

import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * An organization file was imported: into a new organization, or replacing the content of one.
 */
public record OrganizationImported(UUID organizationId, UUID actorId, String slug, long rows, boolean replaced)
		implements TrailEvent {

	@Override
	public String action() {
		return "organization.imported";
	}

	@Override
	public String subject() {
		return "organization " + this.slug;
	}

	@Override
	public String summary() {
		return "Imported " + this.rows + " rows from an organization file"
				+ (this.replaced ? ", replacing the previous content" : " into a new organization");
	}

}
