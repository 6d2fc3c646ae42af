package dev.plumbline.interchange;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean 'owner'?" — the closest known name to a misspelt one, when one is close enough.
 */
final class Suggestions {

	/** Above this many candidates no suggestion is looked for (it would cost more than it helps). */
	private static final int MAX_CANDIDATES = 2_000;

	private Suggestions() {
	}

	/** {@code " (did you mean 'x'?)"}, or empty text when nothing is close. */
	static String didYouMean(String written, Collection<String> known) {
		String closest = closest(written, known);
		return closest == null ? "" : " (did you mean '" + closest + "'?)";
	}

	static String closest(String written, Collection<String> known) {
		if (written == null || known.size() > MAX_CANDIDATES) {
			return null;
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		String lower = written.toLowerCase(Locale.ROOT);
		for (String candidate : known) {
			int distance = candidate.toLowerCase(Locale.ROOT).equals(lower) ? 0
					: distance(lower, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		int allowed = Math.max(1, Math.min(3, written.length() / 3));
		return bestDistance <= allowed ? best : null;
	}

	/** Levenshtein distance with transpositions counted as one edit. */
	static int distance(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 3 || a.length() > 100 || b.length() > 100) {
			return Integer.MAX_VALUE;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
