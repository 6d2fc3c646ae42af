package dev.plumbline.organization;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A tenant: every other row in Plumbline belongs to exactly one organization.
 */
public record Organization(@Id UUID id, String slug, String name, Instant createdAt, @Version Long version) {

	static Organization create(String slug, String name, Instant now) {
		return new Organization(UUID.randomUUID(), slug, name, now, null);
	}

	Organization withVersion(Long version) {
		return new Organization(this.id, this.slug, this.name, this.createdAt, version);
	}

}
