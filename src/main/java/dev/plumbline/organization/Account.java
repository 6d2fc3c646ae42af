package dev.plumbline.organization;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A person who signs in. Belongs to organizations through memberships.
 */
record Account(@Id UUID id, String email, String displayName, String passwordHash, int failedLogins,
		Instant lockedUntil, Instant createdAt, @Version Long version) {

	static Account create(String email, String displayName, String passwordHash, Instant now) {
		return new Account(UUID.randomUUID(), normalize(email), displayName, passwordHash, 0, null, now, null);
	}

	static String normalize(String email) {
		return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	Account withVersion(Long version) {
		return new Account(this.id, this.email, this.displayName, this.passwordHash, this.failedLogins,
				this.lockedUntil, this.createdAt, version);
	}

}
