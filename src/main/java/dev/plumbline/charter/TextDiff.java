package dev.plumbline.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts (longest common subsequence), so that a history page can
 * show exactly which words of a mission changed.
 */
public final class TextDiff {

	public enum Kind {

		SAME, ADDED, REMOVED

	}

	public record Segment(Kind kind, String text) {
	}

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private TextDiff() {
	}

	static List<Segment> between(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Segment> segments = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				add(segments, Kind.SAME, a.get(i++));
				j++;
			}
			else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
				add(segments, Kind.REMOVED, a.get(i++));
			}
			else {
				add(segments, Kind.ADDED, b.get(j++));
			}
		}
		return segments;
	}

	private static void add(List<Segment> segments, Kind kind, String token) {
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
			Segment last = segments.remove(segments.size() - 1);
			segments.add(new Segment(kind, last.text() + token));
		}
		else {
			segments.add(new Segment(kind, token));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text == null ? "" : text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
