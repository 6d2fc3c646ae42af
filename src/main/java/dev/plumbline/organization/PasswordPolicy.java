package dev.plumbline.organization;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password chosen by a person must satisfy: long enough, not one of the passwords every guesser
 * tries first (a published list of the most common ones, see CommonPasswords), and not the person's own
 * e-mail.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** Our own name: the first thing a guesser tries against this app. */
	private static final Set<String> OWN = Set.of("plumbline", "plumbline123", "plumbline1234");

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
		if (OWN.contains(lower.replaceFirst("[\\d\\p{Punct}\\s]+$", "")) || CommonPasswords.contains(password)
				|| lower.chars().distinct().count() < 4) {
			return Optional.of("is too easy to guess; choose a less common one");
		}
		if (email != null && !email.isBlank() && lower.contains(Account.normalize(email).split("@")[0])) {
			return Optional.of("must not contain your e-mail name");
		}
		return Optional.empty();
	}

}
