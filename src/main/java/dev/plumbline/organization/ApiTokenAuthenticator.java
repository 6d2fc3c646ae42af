package dev.plumbline.organization;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.plumbline.shared.ApiTokenResolver;
import dev.plumbline.shared.PlumblineUser;

/**
 * Finds the account behind a bearer token by the token's hash; revoked tokens find nobody.
 */
@Component
class ApiTokenAuthenticator implements ApiTokenResolver {

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final Clock clock;

	ApiTokenAuthenticator(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<PlumblineUser> resolve(String token) {
		if (token == null || !token.startsWith(IssueApiToken.PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(TokenHashes.sha256(token)).filter(ApiToken::active).flatMap(found -> {
			this.tokens.touch(found.id(), this.clock.instant());
			return this.accounts.findById(found.accountId()).map(AccountDetails::viaToken);
		});
	}

}
