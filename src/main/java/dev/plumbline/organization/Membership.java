package dev.plumbline.organization;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An account's place in one organization, with its one role there.
 */
record Membership(@Id UUID id, UUID organizationId, UUID accountId, Role role, Instant createdAt,
		@Version Long version) {

	static Membership create(UUID organizationId, UUID accountId, Role role, Instant now) {
		return new Membership(UUID.randomUUID(), organizationId, accountId, role, now, null);
	}

	Membership withRole(Role role) {
		return new Membership(this.id, this.organizationId, this.accountId, role, this.createdAt, this.version);
	}

	Membership withVersion(Long version) {
		return new Membership(this.id, this.organizationId, this.accountId, this.role, this.createdAt, version);
	}

}
