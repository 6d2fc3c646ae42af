package dev.plumbline.organization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for an organization's slug, the name it has in every URL.
 */
final class Slugs {

	private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

	private static final Set<String> RESERVED = Set.of("api", "admin", "new", "import", "login", "logout", "signup",
			"account", "settings", "static", "webjars", "www");

	private Slugs() {
	}

	/** Why the slug cannot be used, or empty when it can. */
	static Optional<String> problem(String slug) {
		if (slug == null || slug.isBlank()) {
			return Optional.of("must not be empty");
		}
		if (slug.length() < 2 || slug.length() > 40) {
			return Optional.of("must be 2 to 40 characters long");
		}
		if (!VALID.matcher(slug).matches()) {
			return Optional.of("may use lower-case letters, digits and inner hyphens only");
		}
		if (RESERVED.contains(slug)) {
			return Optional.of("is reserved; choose another");
		}
		return Optional.empty();
	}

	/** A slug suggested from a name: "Northwind Clinics" becomes "northwind-clinics". */
	static String suggest(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
	}

}
