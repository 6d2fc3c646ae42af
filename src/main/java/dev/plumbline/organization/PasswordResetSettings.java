package dev.plumbline.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How password reset behaves. The link is built from {@code baseUrl} when it is set, never from the
 * request's Host header alone in production (a forged Host would send people a link to someone else's
 * server); without it the link follows the address the request came to, with a warning in the log.
 *
 * @param expiry how long a reset link works (default 30 minutes)
 * @param perEmail reset requests allowed for one e-mail address per window (default 3)
 * @param perClient reset requests allowed from one client address per window (default 20)
 * @param window the throttling window (default 15 minutes)
 * @param baseUrl the public address of the app, like https://plumbline.example.org
 * @param from the sender of the e-mails
 */
@ConfigurationProperties("plumbline.security.password-reset")
record PasswordResetSettings(Duration expiry, int perEmail, int perClient, Duration window, String baseUrl,
		String from) {

	PasswordResetSettings {
		expiry = (expiry == null || expiry.isNegative() || expiry.isZero()) ? Duration.ofMinutes(30) : expiry;
		perEmail = (perEmail < 1) ? 3 : perEmail;
		perClient = (perClient < 1) ? 20 : perClient;
		window = (window == null || window.isNegative() || window.isZero()) ? Duration.ofMinutes(15) : window;
		baseUrl = (baseUrl == null) ? "" : baseUrl.strip().replaceAll("/+$", "");
		from = (from == null || from.isBlank()) ? "plumbline@localhost" : from.strip();
	}

}
