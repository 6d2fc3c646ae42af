package dev.plumbline.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys: the organization's own stable identifiers for its pillars, values, teams, people, objectives,
 * initiatives and KPIs — what organization files refer to. One rule and one way to make them from a
 * name, for every module.
 */
public final class Keys {

	/** Lower-case letters, digits, '.', '-' and '_', up to 60, starting with a letter or digit. */
	public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,59}");

	/** Why a key is refused, in the words every module uses. */
	public static final String RULE = "may use lower-case letters, digits, '.', '-' and '_' (up to 60 characters)";

	private static final int MAX_FROM_NAME = 50;

	private Keys() {
	}

	public static boolean valid(String key) {
		return key != null && PATTERN.matcher(key).matches();
	}

	/**
	 * A key made from a name: accents dropped, lower case, every run of other characters one hyphen, at
	 * most 50 characters ("Accès to care!" becomes "acces-to-care"); empty when the name has no letter or
	 * digit.
	 */
	public static String fromName(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return key.length() > MAX_FROM_NAME ? key.substring(0, MAX_FROM_NAME).replaceAll("-+$", "") : key;
	}

	/** {@code key}, or {@code key-2}, {@code key-3}… whichever is not taken yet; the result is added to taken. */
	public static String unique(String key, Set<String> taken) {
		String candidate = key;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = key + "-" + n;
		}
		taken.add(candidate);
		return candidate;
	}

}
