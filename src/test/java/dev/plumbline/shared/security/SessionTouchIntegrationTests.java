package dev.plumbline.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0012: a session's row is rewritten when the session changed or its last access is more than a minute
 * old, not on every request just to move the last access a few seconds on (on H2 and on PostgreSQL, whose
 * statements differ).
 */
@PlumblineIntegrationTest
class SessionTouchIntegrationTests {

	SessionRepository<Session> sessions;

	JdbcClient jdbc;

	@SuppressWarnings("unchecked")
	@Autowired
	SessionTouchIntegrationTests(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
		this.sessions = (SessionRepository<Session>) (SessionRepository<?>) sessions;
		this.jdbc = jdbc;
	}

	@Test
	void aRequestSecondsAfterTheLastLeavesTheRowAloneAndOneAMinuteLaterMovesIt() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Session created = this.sessions.createSession();
		created.setLastAccessedTime(start);
		this.sessions.save(created);
		String id = created.getId();

		touch(id, start.plusSeconds(20));
		assertThat(lastAccess(id)).as("20 s later: not written").isEqualTo(start.toEpochMilli());
		assertThat(this.sessions.findById(id)).as("the session is still there").isNotNull();

		touch(id, start.plusSeconds(61));
		assertThat(lastAccess(id)).as("61 s later: written").isEqualTo(start.plusSeconds(61).toEpochMilli());
		assertThat(expiry(id)).isEqualTo(start.plusSeconds(61).plus(created.getMaxInactiveInterval()).toEpochMilli());
	}

	@Test
	void everyRealChangeIsWrittenAtOnce() {
		Session session = this.sessions.createSession();
		this.sessions.save(session);
		String first = session.getId();

		Session read = this.sessions.findById(first);
		String changed = read.changeSessionId();
		this.sessions.save(read);
		assertThat(this.sessions.findById(first)).as("the old id is gone (sign-in replaces it)").isNull();
		assertThat(this.sessions.findById(changed)).isNotNull();

		Session again = this.sessions.findById(changed);
		again.setMaxInactiveInterval(Duration.ofMinutes(7));
		again.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "lena@example.org");
		this.sessions.save(again);
		assertThat(this.sessions.findById(changed).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(7));
		assertThat(this.jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ?").param(changed)
			.query(String.class).single()).isEqualTo("lena@example.org");
	}

	private void touch(String id, Instant at) {
		Session session = this.sessions.findById(id);
		session.setLastAccessedTime(at);
		this.sessions.save(session);
	}

	private long lastAccess(String id) {
		return this.jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(id)
			.query(Long.class).single();
	}

	private long expiry(String id) {
		return this.jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = ?").param(id)
			.query(Long.class).single();
	}

}
