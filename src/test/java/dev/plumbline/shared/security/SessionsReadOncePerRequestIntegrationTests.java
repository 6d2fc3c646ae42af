package dev.plumbline.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.StatementCounter;
import dev.plumbline.shared.security.SessionsReadOncePerRequest.Tracked;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0012: within one request the session is read from the store once and written only when it changed;
 * outside a request every call reaches the store. Writes made "behind the session's back" with SQL tell a
 * skipped statement from one the database's own condition skipped.
 */
@PlumblineIntegrationTest
@Import(StatementCounter.class)
class SessionsReadOncePerRequestIntegrationTests {

	@Autowired
	SessionRepository<?> repository;

	@Autowired
	List<AbstractFilterRegistrationBean<?>> filters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void springSessionsFilterGetsTheStoreReadOncePerRequestAndItsScopeOpensFirst() {
		assertThat(this.repository).isInstanceOf(SessionsReadOncePerRequest.class);
		AbstractFilterRegistrationBean<?> sessionFilter = this.filters.stream()
			.filter(filter -> "springSessionRepositoryFilter".equals(filter.getFilterName()))
			.findFirst()
			.orElseThrow();
		AbstractFilterRegistrationBean<?> scope = this.filters.stream()
			.filter(filter -> "sessionsFoundOncePerRequest".equals(filter.getFilterName()))
			.findFirst()
			.orElseThrow();
		assertThat(scope.getOrder()).isLessThan(sessionFilter.getOrder());
	}

	@Test
	void findingASessionOpensNoTransactionAndWritingOneCommitsOne() {
		String id = stored(Instant.now()).getId();
		StatementCounter.Counted<Tracked> found = StatementCounter.count(() -> sessions().findById(id));
		assertThat(found.result()).isNotNull();
		assertThat(found.statements()).as("one query").hasSize(1);
		assertThat(found.commits()).as("no BEGIN and COMMIT around it").isZero();

		found.result().setAttribute("changed", "yes");
		StatementCounter.Counted<Boolean> saved = StatementCounter.count(() -> {
			sessions().save(found.result());
			return true;
		});
		assertThat(saved.commits()).as("a write is one transaction").isEqualTo(1);
		assertThat(sessions().findById(id).<String>getAttribute("changed")).isEqualTo("yes");
	}

	@Test
	void withinARequestTheSessionFoundFirstIsFoundAgainAndOutsideTheStoreAnswers() throws Exception {
		String id = stored(Instant.now()).getId();
		AtomicReference<Tracked> first = new AtomicReference<>();
		SessionsReadOncePerRequest.scope(() -> {
			first.set(sessions().findById(id));
			this.jdbc.sql("DELETE FROM spring_session WHERE session_id = ?").param(id).update();
			assertThat(sessions().findById(id)).as("read once: the row's removal is not seen").isSameAs(first.get());
		});
		assertThat(first.get()).isNotNull();
		assertThat(sessions().findById(id)).as("outside a request: the store").isNull();
		SessionsReadOncePerRequest.scope(() -> assertThat(sessions().findById(id)).as("the next request").isNull());
	}

	@Test
	void aSessionDeletedOrGivenANewIdInTheRequestIsNotFoundUnderTheOldIdAgain() throws Exception {
		String deleted = stored(Instant.now()).getId();
		String renamed = stored(Instant.now()).getId();
		SessionsReadOncePerRequest.scope(() -> {
			assertThat(sessions().findById(deleted)).isNotNull();
			sessions().deleteById(deleted);
			assertThat(sessions().findById(deleted)).isNull();

			Tracked session = sessions().findById(renamed);
			String newId = session.changeSessionId();
			sessions().save(session);
			assertThat(sessions().findById(renamed)).as("the old id (sign-in replaces it)").isNull();
			assertThat(sessions().findById(newId)).isSameAs(session);
		});
	}

	@Test
	void onlyATouchOfUnderAMinuteWritesNothingAndEveryChangeIsWritten() throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String id = stored(start).getId();
		SessionsReadOncePerRequest.scope(() -> {
			Tracked session = sessions().findById(id);
			// another node's write the statement would have overwritten, had it run
			this.jdbc.sql("UPDATE spring_session SET max_inactive_interval = 300 WHERE session_id = ?").param(id).update();
			session.setLastAccessedTime(start.plusSeconds(20));
			session.removeAttribute("never.set");
			sessions().save(session);
			sessions().save(session);
			assertThat(column(id, "max_inactive_interval")).as("no statement").isEqualTo(300L);
			assertThat(column(id, "last_access_time")).isEqualTo(start.toEpochMilli());

			session.setAttribute("plumbline.test", "kept");
			sessions().save(session);
			assertThat(column(id, "max_inactive_interval")).as("written").isEqualTo(session.getMaxInactiveInterval().toSeconds());
		});
		assertThat(sessions().findById(id).<String>getAttribute("plumbline.test")).isEqualTo("kept");

		SessionsReadOncePerRequest.scope(() -> {
			Tracked session = sessions().findById(id);
			session.setLastAccessedTime(start.plusSeconds(79));
			sessions().save(session);
		});
		assertThat(column(id, "last_access_time")).as("written at +20 s, then 59 s on: not written")
			.isEqualTo(start.plusSeconds(20).toEpochMilli());
		SessionsReadOncePerRequest.scope(() -> {
			Tracked session = sessions().findById(id);
			session.setLastAccessedTime(start.plusSeconds(80));
			sessions().save(session);
		});
		assertThat(column(id, "last_access_time")).as("a minute on: written").isEqualTo(start.plusSeconds(80).toEpochMilli());

		SessionsReadOncePerRequest.scope(() -> {
			Tracked session = sessions().findById(id);
			session.setMaxInactiveInterval(Duration.ofMinutes(7));
			sessions().save(session);
		});
		assertThat(column(id, "max_inactive_interval")).isEqualTo(420L);
	}

	private SessionsReadOncePerRequest sessions() {
		return (SessionsReadOncePerRequest) this.repository;
	}

	private Session stored(Instant lastAccess) {
		Tracked session = sessions().createSession();
		session.setLastAccessedTime(lastAccess);
		sessions().save(session);
		return session;
	}

	private long column(String id, String name) {
		return this.jdbc.sql("SELECT " + name + " FROM spring_session WHERE session_id = ?").param(id).query(Long.class).single();
	}

}
