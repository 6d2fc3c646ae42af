package dev.plumbline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;

/**
 * A token's last use is written when it is more than a minute old, not on every call (on H2 and on
 * PostgreSQL); the call is answered either way.
 */
@PlumblineIntegrationTest
class ApiTokenTouchIntegrationTests {

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	ApiTokenRepository tokens;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCallSecondsAfterTheLastLeavesLastUseAloneAndOneAMinuteLaterMovesIt() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Account account = Account.create("touch-" + UUID.randomUUID() + "@example.org", "Touch", "{noop}x", start);
		this.aggregates.insert(account);
		String token = IssueApiToken.PREFIX + UUID.randomUUID();
		ApiToken stored = new ApiToken(UUID.randomUUID(), account.id(), "script", TokenHashes.sha256(token),
				token.substring(0, 10), start, null, null);
		this.aggregates.insert(stored);

		assertThat(at(start).resolve(token)).as("first use").isPresent();
		assertThat(lastUsed(stored.id())).as("never used: written").isEqualTo(start);

		assertThat(at(start.plusSeconds(59)).resolve(token)).as("59 s later").isPresent();
		assertThat(lastUsed(stored.id())).as("59 s later: not written").isEqualTo(start);

		assertThat(at(start.plusSeconds(61)).resolve(token)).as("61 s later").isPresent();
		assertThat(lastUsed(stored.id())).as("61 s later: written").isEqualTo(start.plusSeconds(61));
	}

	private ApiTokenAuthenticator at(Instant now) {
		return new ApiTokenAuthenticator(this.tokens, this.accounts, Clock.fixed(now, ZoneOffset.UTC));
	}

	private Instant lastUsed(UUID id) {
		return this.jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id")
			.param("id", id)
			.query((rs, i) -> rs.getTimestamp(1).toInstant())
			.single();
	}

}
