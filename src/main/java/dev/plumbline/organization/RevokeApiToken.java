package dev.plumbline.organization;

import java.time.Clock;
import java.util.UUID;

import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.PlumblineUser;
import dev.plumbline.shared.UseCase;

/**
 * A person revokes one of their own API tokens; from then on it authenticates nothing.
 */
@UseCase
public class RevokeApiToken {

	private final ApiTokenRepository tokens;

	private final Clock clock;

	RevokeApiToken(ApiTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException when the token is not the caller's (or does not exist)
	 */
	public void revoke(PlumblineUser user, UUID tokenId) {
		ApiToken token = this.tokens.findByIdAndAccountId(tokenId, user.userId())
			.orElseThrow(() -> new NotFoundException("No such token"));
		if (token.active()) {
			this.tokens.revoke(tokenId, user.userId(), this.clock.instant());
		}
	}

}
