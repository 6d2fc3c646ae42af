package dev.plumbline.organization;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored reset tokens, by their SHA-256 only: a copy of the database lets nobody reset a password.
 */
@Component
class PasswordResets {

	/** A token that is still good: not used, not expired. */
	record Pending(UUID id, UUID accountId) {
	}

	private final JdbcClient jdbc;

	PasswordResets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID accountId, String token, Instant now, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO password_reset (id, account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), accountId, TokenHashes.sha256(token), at(now), at(expiresAt))
			.update();
	}

	Optional<Pending> pending(String token, Instant now) {
		return this.jdbc
			.sql("SELECT id, account_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(TokenHashes.sha256(token), at(now))
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class)))
			.optional();
	}

	/**
	 * Spends this token and every other open token of the account. Answers false when another request
	 * spent it first, so a token works once even when two requests race.
	 */
	boolean spend(Pending reset, Instant now) {
		int spent = this.jdbc.sql("UPDATE password_reset SET used_at = ? WHERE id = ? AND used_at IS NULL")
			.params(at(now), reset.id())
			.update();
		this.jdbc.sql("UPDATE password_reset SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
			.params(at(now), reset.accountId())
			.update();
		return spent == 1;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
