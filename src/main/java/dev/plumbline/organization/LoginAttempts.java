package dev.plumbline.organization;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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

	/**
	 * Failed sign-ins allowed from one client address per window, whatever e-mails they try: the account
	 * lock-out alone does not stop one address guessing a few passwords for each of many accounts.
	 */
	@ConfigurationProperties("plumbline.security.client")
	record ClientSettings(int maxFailedLogins, Duration window) {

		ClientSettings {
			if (maxFailedLogins < 1) {
				maxFailedLogins = 30;
			}
			if (window == null || window.isZero() || window.isNegative()) {
				window = Duration.ofMinutes(15);
			}
		}

	}

	private final AccountRepository accounts;

	private final Settings settings;

	private final ClientSettings clientSettings;

	private final SecurityAttempts attempts;

	private final Clock clock;

	LoginAttempts(AccountRepository accounts, Settings settings, ClientSettings clientSettings,
			SecurityAttempts attempts, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.clientSettings = clientSettings;
		this.attempts = attempts;
		this.clock = clock;
	}

	/** True when this client address failed to sign in too often lately: its sign-ins are refused unread. */
	@Transactional(readOnly = true)
	public boolean throttled(String client) {
		return this.attempts.count(SecurityAttempts.Kind.LOGIN_CLIENT, client,
				this.clientSettings.window()) >= this.clientSettings.maxFailedLogins();
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			this.attempts.record(SecurityAttempts.Kind.LOGIN_CLIENT, details.getRemoteAddress());
		}
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
