package dev.plumbline.organization;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password chosen by a person must satisfy: long enough, not one of the passwords every guesser
 * tries first, and not the person's own e-mail.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password", "password1", "password123", "123456789012",
			"qwertyuiopas", "iloveyou1234", "letmein12345", "welcome12345", "passw0rd1234", "changeme1234",
			"administrator", "qwerty123456", "111111111111", "000000000000", "abc123456789", "password1234",
			"plumbline123", "plumbline1234");

	private PasswordPolicy() {
	}

	static Optional<String> problem(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("is too easy to guess; choose a less common one");
		}
		if (email != null && !email.isBlank() && lower.contains(Account.normalize(email).split("@")[0])) {
			return Optional.of("must not contain your e-mail name");
		}
		return Optional.empty();
	}

}
