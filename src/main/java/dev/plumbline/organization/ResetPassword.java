package dev.plumbline.organization;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

import dev.plumbline.organization.SecurityAttempts.Kind;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.SignedInSessions;
import dev.plumbline.shared.UseCase;

/**
 * "Forgot password?": a time-limited, single-use link by e-mail. The answer to a request is the same
 * whether the e-mail has an account or not, so the page cannot be used to find out who has one; requests
 * are throttled per e-mail and per client address so it cannot be used to flood a mailbox either.
 */
@UseCase
public class ResetPassword {

	private static final Logger log = LoggerFactory.getLogger(ResetPassword.class);

	/** What became of a request for a link. */
	public enum Requested {

		/** A link went out if the e-mail has an account; the page says just that. */
		ACCEPTED,
		/** Too many requests for this e-mail or from this address within the window. */
		THROTTLED,
		/** No SMTP server is configured: nothing can be sent. */
		UNAVAILABLE

	}

	private final AccountRepository accounts;

	private final PasswordResets resets;

	private final SecurityAttempts attempts;

	private final ResetMail mail;

	private final PasswordResetSettings settings;

	private final PasswordEncoder passwordEncoder;

	private final SignedInSessions sessions;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ResetPassword(AccountRepository accounts, PasswordResets resets, SecurityAttempts attempts, ResetMail mail,
			PasswordResetSettings settings, PasswordEncoder passwordEncoder, SignedInSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.resets = resets;
		this.attempts = attempts;
		this.mail = mail;
		this.settings = settings;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	public boolean available() {
		return this.mail.available();
	}

	/**
	 * @param email what the person typed
	 * @param client the address the request came from, for throttling
	 * @param baseUrl the app's address as the request saw it; used only when no base URL is configured
	 */
	public Requested request(String email, String client, String baseUrl) {
		if (!available()) {
			log.warn("Password reset is unavailable: configure an SMTP server with spring.mail.host");
			return Requested.UNAVAILABLE;
		}
		String normalized = Account.normalize(email);
		this.attempts.forgetBefore(this.settings.window());
		if (this.attempts.count(Kind.RESET_EMAIL, normalized, this.settings.window()) >= this.settings.perEmail()
				|| this.attempts.count(Kind.RESET_CLIENT, client, this.settings.window()) >= this.settings.perClient()) {
			return Requested.THROTTLED;
		}
		this.attempts.record(Kind.RESET_EMAIL, normalized);
		this.attempts.record(Kind.RESET_CLIENT, client);
		this.accounts.findByEmail(normalized).ifPresent(account -> {
			String token = newToken();
			Instant now = this.clock.instant();
			this.resets.add(account.id(), token, now, now.plus(this.settings.expiry()));
			this.mail.send(account.email(), account.displayName(), link(baseUrl, token));
		});
		return Requested.ACCEPTED;
	}

	/** True while the token can still be used: known, unused and not expired. */
	public boolean valid(String token) {
		return token != null && !token.isBlank() && this.resets.pending(token, this.clock.instant()).isPresent();
	}

	/**
	 * Sets the new password, spends every open reset link of the account, lifts a lock-out and ends the
	 * account's signed-in sessions.
	 * @throws InvalidInputException naming {@code token} (unknown, used or expired) or {@code password}
	 */
	public void reset(String token, String password, String repeated) {
		Instant now = this.clock.instant();
		Optional<PasswordResets.Pending> pending = (token == null || token.isBlank()) ? Optional.empty()
				: this.resets.pending(token, now);
		if (pending.isEmpty()) {
			throw new InvalidInputException(List.of(new FieldProblem("token",
					"this reset link is unknown, already used or expired; ask for a new one")));
		}
		Account account = this.accounts.findById(pending.get().accountId()).orElseThrow();
		Optional<String> problem = PasswordPolicy.problem(password, account.email());
		if (problem.isEmpty() && !password.equals(repeated)) {
			problem = Optional.of("and its repetition differ");
		}
		if (problem.isPresent()) {
			throw new InvalidInputException(List.of(new FieldProblem("password", problem.get())));
		}
		if (!this.resets.spend(pending.get(), now)) {
			throw new InvalidInputException(List.of(new FieldProblem("token", "this reset link was already used")));
		}
		this.accounts.changePassword(account.id(), this.passwordEncoder.encode(password));
		this.sessions.endAll(account.email());
		log.info("Password reset by e-mail link for account {}", account.id());
	}

	private String newToken() {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	private String link(String requestBaseUrl, String token) {
		String base = this.settings.baseUrl();
		if (base.isEmpty()) {
			log.warn("plumbline.security.password-reset.base-url is not set: the reset link uses the request's address {}",
					requestBaseUrl);
			base = requestBaseUrl.replaceAll("/+$", "");
		}
		return base + "/reset-password?token=" + token;
	}

}
