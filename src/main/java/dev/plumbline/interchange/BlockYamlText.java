package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;

/**
 * The byte-level part of {@link BlockYamlEvents}: where keys, sequence entries, plain and quoted scalars
 * start and end on their line, and what quoted scalars say. Every method answers conservatively: anything
 * it is not sure of is {@link #OUT}, and the file then goes to snakeyaml-engine.
 */
final class BlockYamlText {

	/** A scan that leaves the subset. */
	static final int OUT = -1;

	/** Characters that may not start a plain scalar ('-' may, before a non-blank; '?' and ':' are left out). */
	private static final String INDICATORS = "?:,[]{}#&*!|>'\"%@`";

	/** The escapes of a double-quoted scalar and what they stand for (snakeyaml-engine's table). */
	private static final String ESCAPES = "0abtnvfre \"/\\N_";

	private static final char[] REPLACEMENTS = { 0, 7, 8, '\t', '\n', 11, 12, '\r', 27, ' ', '"', '/', '\\', 0x85, 0xA0 };

	private BlockYamlText() {
	}

	/** The ':' after the key at {@code at}, on the same line, or {@link #OUT} when no key is there. */
	static int key(byte[] b, int at, int end) {
		byte c = b[at];
		if (c == '"' || c == '\'') {
			int close = quotedEnd(b, at, end);
			boolean key = close != OUT && close - at <= 1000 && close < end && b[close] == ':'
					&& (close + 1 == end || b[close + 1] == ' ' || b[close + 1] == '\n');
			return key ? close : OUT;
		}
		return plainStart(b, at, end) ? keyColon(b, at, end) : OUT;
	}

	/** Whether a sequence entry ("-" before a blank) is at {@code at}. */
	static boolean entry(byte[] b, int at, int end) {
		return b[at] == '-' && (at + 1 == end || b[at + 1] == ' ' || b[at + 1] == '\n');
	}

	static int skipSpaces(byte[] b, int at, int end) {
		while (at < end && b[at] == ' ') {
			at++;
		}
		return at;
	}

	/** The start of the line after the one {@code at} is on (the end when there is none). */
	static int lineAfter(byte[] b, int at, int end) {
		while (at < end && b[at] != '\n') {
			at++;
		}
		return Math.min(at + 1, end);
	}

	/** Whether a plain scalar may start at {@code i}. */
	static boolean plainStart(byte[] b, int i, int end) {
		int c = b[i];
		if (c == ' ' || c == '\n' || INDICATORS.indexOf(c) >= 0) {
			return false;
		}
		if (c == '-' || c == '.') {
			// "---" and "..." mark documents; a '-' before a blank is a list entry
			if (i + 1 >= end || b[i + 1] == ' ' || b[i + 1] == '\n') {
				return c == '.';
			}
			return !(i + 2 < end && b[i + 1] == c && b[i + 2] == c);
		}
		return true;
	}

	/**
	 * The end of the plain scalar starting at {@code i} (trailing spaces excluded); stops before a comment and
	 * at the line's end. {@link #OUT} when a ':' before a blank comes first: that is a key, for the caller to
	 * see with {@link #keyColon}.
	 */
	static int plainEnd(byte[] b, int i, int end) {
		int last = i;
		while (i < end) {
			byte c = b[i];
			if (c == '\n' || (c == '#' && b[i - 1] == ' ')) {
				break;
			}
			if (c == ':' && (i + 1 == end || b[i + 1] == ' ' || b[i + 1] == '\n')) {
				return OUT;
			}
			i++;
			if (c != ' ') {
				last = i;
			}
		}
		return last;
	}

	/** The position of the ':' that makes the plain text at {@code i} a key on one line, or {@link #OUT}. */
	static int keyColon(byte[] b, int i, int end) {
		for (int k = i; k < end && k - i <= 1000; k++) {
			byte c = b[k];
			if (c == '\n' || (c == '#' && b[k - 1] == ' ')) {
				return OUT;
			}
			if (c == ':' && (k + 1 == end || b[k + 1] == ' ' || b[k + 1] == '\n')) {
				return b[k - 1] == ' ' ? OUT : k;
			}
		}
		return OUT;
	}

	/** The position after the closing quote of the single-line quoted scalar at {@code i}, or {@link #OUT}. */
	static int quotedEnd(byte[] b, int i, int end) {
		byte quote = b[i];
		int k = i + 1;
		while (k < end) {
			byte c = b[k];
			if (c == '\n') {
				return OUT;
			}
			if (c == quote) {
				if (quote == '\'' && k + 1 < end && b[k + 1] == '\'') {
					k += 2;
					continue;
				}
				return k + 1;
			}
			if (c == '\\' && quote == '"') {
				int n = escape(b, k, end, null);
				if (n < 0) {
					return OUT;
				}
				k += n;
				continue;
			}
			k++;
		}
		return OUT;
	}

	/** The text of the quoted scalar between {@code i} (the quote) and {@code close} (after the quote). */
	static String quoted(byte[] b, int i, int close) {
		byte quote = b[i];
		int from = i + 1;
		int to = close - 1;
		int special = from;
		while (special < to && b[special] != quote && b[special] != '\\') {
			special++;
		}
		if (special == to) {
			return new String(b, from, to - from, StandardCharsets.UTF_8);
		}
		StringBuilder text = new StringBuilder(to - from);
		int run = from;
		int k = from;
		while (k < to) {
			byte c = b[k];
			if (c == '\'' && quote == '\'') {
				text.append(new String(b, run, k + 1 - run, StandardCharsets.UTF_8));
				k += 2;
				run = k;
			}
			else if (c == '\\' && quote == '"') {
				text.append(new String(b, run, k - run, StandardCharsets.UTF_8));
				k += escape(b, k, to, text);
				run = k;
			}
			else {
				k++;
			}
		}
		return text.append(new String(b, run, to - run, StandardCharsets.UTF_8)).toString();
	}

	/**
	 * The length of the escape at {@code i} (the backslash) that snakeyaml-engine reads the same way, appending
	 * what it stands for to {@code text} when given; -1 for anything else (a tab or line break after the
	 * backslash, an unknown letter, a code point out of range).
	 */
	private static int escape(byte[] b, int i, int end, StringBuilder text) {
		if (i + 1 >= end) {
			return -1;
		}
		byte c = b[i + 1];
		int simple = ESCAPES.indexOf(c);
		if (simple >= 0) {
			if (text != null) {
				text.append(REPLACEMENTS[simple]);
			}
			return 2;
		}
		int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
		if (digits == 0 || i + 2 + digits > end) {
			return -1;
		}
		long code = 0;
		for (int k = i + 2; k < i + 2 + digits; k++) {
			int digit = Character.digit(b[k], 16);
			if (digit < 0) {
				return -1;
			}
			code = code * 16 + digit;
		}
		if (code > Character.MAX_CODE_POINT) {
			return -1;
		}
		if (text != null) {
			text.appendCodePoint((int) code);
		}
		return 2 + digits;
	}

}
