package dev.plumbline.organization;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated failed logins, so that passwords cannot be guessed at
 * speed. The counters live in the database, so every app instance sees the same ones.
 */
@Component
class LoginAttempts {

	@ConfigurationProperties("plumbline.security")
	record Settings(int maxFailedLogins, Duration lockout) {

		Settings {
			if (maxFailedLogins < 1) {
				maxFailedLogins = 5;
			}
			if (lockout == null) {
				lockout = Duration.ofMinutes(15);
			}
		}

	}

	private final AccountRepository accounts;

	private final Settings settings;

	private final Clock clock;

	LoginAttempts(AccountRepository accounts, Settings settings, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String email) {
			String normalized = Account.normalize(email);
			if (this.accounts.countFailure(normalized) > 0) {
				this.accounts.lockIfOver(normalized, this.settings.maxFailedLogins(),
						this.clock.instant().plus(this.settings.lockout()));
			}
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountDetails details && !details.viaApiToken()) {
			this.accounts.resetFailures(details.email());
		}
	}

}
