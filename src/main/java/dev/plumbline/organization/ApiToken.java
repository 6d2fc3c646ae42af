package dev.plumbline.organization;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/**
 * A personal API token. Only its SHA-256 is stored; the prefix lets its owner tell tokens apart.
 */
record ApiToken(@Id UUID id, UUID accountId, String name, String tokenHash, String tokenPrefix, Instant createdAt,
		Instant lastUsedAt, Instant revokedAt) {

	boolean active() {
		return this.revokedAt == null;
	}

}
