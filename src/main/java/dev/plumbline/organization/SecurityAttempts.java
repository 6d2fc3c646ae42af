package dev.plumbline.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts what strangers may try without signing in (reset requests, failed sign-ins) per e-mail and per
 * client address, in the database so that every app instance counts the same. Subjects are hashed:
 * the table answers "how often", never "who".
 */
@Component
class SecurityAttempts {

	enum Kind {

		RESET_EMAIL, RESET_CLIENT, LOGIN_CLIENT

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(Kind kind, String subject) {
		this.jdbc.sql("INSERT INTO security_attempt (kind, subject_hash, attempted_at) VALUES (?, ?, ?)")
			.params(kind.name(), hash(subject), at(this.clock.instant()))
			.update();
	}

	/** How many attempts of this kind the subject made within the window, up to now. */
	int count(Kind kind, String subject, Duration window) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM security_attempt WHERE kind = ? AND subject_hash = ? AND attempted_at > ?")
			.params(kind.name(), hash(subject), at(this.clock.instant().minus(window)))
			.query(Integer.class)
			.single();
	}

	/** Forgets attempts older than the window: the table stays small. */
	void forgetBefore(Duration window) {
		this.jdbc.sql("DELETE FROM security_attempt WHERE attempted_at < ?")
			.param(at(this.clock.instant().minus(window)))
			.update();
	}

	void forget(Kind kind, String subject) {
		this.jdbc.sql("DELETE FROM security_attempt WHERE kind = ? AND subject_hash = ?")
			.params(kind.name(), hash(subject))
			.update();
	}

	private static String hash(String subject) {
		return TokenHashes.sha256(subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
