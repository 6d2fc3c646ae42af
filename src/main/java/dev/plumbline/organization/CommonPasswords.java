package dev.plumbline.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords guessers try first, from a published list shipped as a resource (its header names the
 * source and the licence). Loaded once, on first use, and kept in lower case: "Password" is as weak as
 * "password".
 */
final class CommonPasswords {

	static final String RESOURCE = "/security/common-passwords.txt";

	private static final Set<String> LIST = load();

	private CommonPasswords() {
	}

	/**
	 * Common as it is, or once the digits and punctuation people tack on at the end are stripped
	 * ("Password2024!" is "password" to a guesser).
	 */
	static boolean contains(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (LIST.contains(lower)) {
			return true;
		}
		String stem = lower.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
		return stem.length() >= 4 && LIST.contains(stem);
	}

	static int size() {
		return LIST.size();
	}

	private static Set<String> load() {
		try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			Set<String> passwords = new HashSet<>(80_000);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
