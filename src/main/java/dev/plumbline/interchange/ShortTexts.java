package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;

/**
 * Short texts read from bytes, each made once while it keeps coming back: the keys of an organization file
 * ("key", "date", "value"…) and its short values (team keys, statuses) repeat hundreds of thousands of
 * times, and one shared string each spares the garbage collector, the heap the model holds, and hashing
 * the same key again for every lookup of its field.
 */
final class ShortTexts {

	private static final int LONGEST = 24;

	private final String[] slots = new String[1024];

	String text(byte[] b, int from, int to) {
		int length = to - from;
		if (length > LONGEST) {
			return new String(b, from, length, StandardCharsets.UTF_8);
		}
		int hash = length;
		for (int i = from; i < to; i++) {
			hash = 31 * hash + b[i];
		}
		int slot = (hash ^ (hash >>> 10)) & (this.slots.length - 1);
		String known = this.slots[slot];
		if (known != null && same(known, b, from, length)) {
			return known;
		}
		String text = new String(b, from, length, StandardCharsets.UTF_8);
		this.slots[slot] = text;
		return text;
	}

	/** Whether {@code text} is the ASCII bytes given (text with other characters never is). */
	private static boolean same(String text, byte[] b, int from, int length) {
		if (text.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (text.charAt(i) != b[from + i]) {
				return false;
			}
		}
		return true;
	}

}
