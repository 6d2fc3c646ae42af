package dev.plumbline.charter;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization's current charter with the version it is at. Version 0 means nothing has been
 * written yet.
 */
public record Charter(UUID organizationId, long version, CharterContent content, Instant updatedAt,
		String updatedBy) {

	static Charter none(UUID organizationId) {
		return new Charter(organizationId, 0, CharterContent.EMPTY, null, null);
	}

	public boolean written() {
		return this.version > 0;
	}

}
