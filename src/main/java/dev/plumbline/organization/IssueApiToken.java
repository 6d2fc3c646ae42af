package dev.plumbline.organization;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.PlumblineUser;
import dev.plumbline.shared.UseCase;

/**
 * A signed-in person creates a personal API token. The token is returned once and only its hash is kept.
 */
@UseCase
public class IssueApiToken {

	static final String PREFIX = "plb_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcAggregateTemplate aggregates;

	private final Clock clock;

	IssueApiToken(JdbcAggregateTemplate aggregates, Clock clock) {
		this.aggregates = aggregates;
		this.clock = clock;
	}

	public record IssuedToken(UUID id, String name, String token, String prefix, Instant createdAt) {
	}

	public IssuedToken issue(PlumblineUser user, String name) {
		String tokenName = name == null ? "" : name.strip();
		if (tokenName.isEmpty() || tokenName.length() > 80) {
			throw new InvalidInputException("name", "must be 1 to 80 characters");
		}
		byte[] secret = new byte[30];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		ApiToken stored = new ApiToken(UUID.randomUUID(), user.userId(), tokenName, TokenHashes.sha256(token),
				token.substring(0, 10), now, null, null);
		this.aggregates.insert(stored);
		return new IssuedToken(stored.id(), tokenName, token, stored.tokenPrefix(), now);
	}

}
