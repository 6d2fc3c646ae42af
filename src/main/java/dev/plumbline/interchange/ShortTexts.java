package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Short texts read from bytes, each made once while it keeps coming back: the keys of an organization file
 * ("key", "date", "value"…) repeat millions of times, and one shared string each spares the garbage
 * collector and hashing the same key again for every lookup of its field.
 */
final class ShortTexts {

	private static final int LONGEST = 24;

	private final String[] slots = new String[1024];

	private final byte[][] bytes = new byte[1024][];

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
		byte[] known = this.bytes[slot];
		if (known != null && Arrays.equals(known, 0, known.length, b, from, to)) {
			return this.slots[slot];
		}
		String text = new String(b, from, length, StandardCharsets.UTF_8);
		this.slots[slot] = text;
		this.bytes[slot] = Arrays.copyOfRange(b, from, to);
		return text;
	}

}
