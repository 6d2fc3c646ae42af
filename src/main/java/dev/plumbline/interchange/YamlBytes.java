package dev.plumbline.interchange;

/**
 * The bytes that the fast YAML reader ({@link BlockYamlEvents}) reads at all: printable characters in valid
 * UTF-8, as snakeyaml-engine wants them, minus the few where YAML readers differ.
 */
final class YamlBytes {

	private YamlBytes() {
	}

	/**
	 * Whether every byte is a printable character in valid UTF-8, with no tab, carriage return, byte-order
	 * mark or Unicode line break (NEL, LS, PS): those are where YAML readers differ, so they leave the subset.
	 */
	static boolean plainUtf8(byte[] b, int end) {
		int i = 0;
		while (i < end) {
			int c = b[i];
			if (c >= 0x20 && c < 0x7F || c == '\n') {
				i++;
				continue;
			}
			if (c >= 0) {
				return false;
			}
			int n = sequence(b, i, end);
			if (n < 0) {
				return false;
			}
			i += n;
		}
		return true;
	}

	/** The length of the valid, printable multi-byte character at {@code i}, or -1. */
	private static int sequence(byte[] b, int i, int end) {
		int c = b[i] & 0xFF;
		int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
		if (n == 0 || c > 0xF4 || i + n > end) {
			return -1;
		}
		int code = c & (0x7F >> n);
		for (int k = 1; k < n; k++) {
			int next = b[i + k] & 0xFF;
			if ((next & 0xC0) != 0x80) {
				return -1;
			}
			code = (code << 6) | (next & 0x3F);
		}
		boolean shortest = n == 2 || (n == 3 && code >= 0x800) || (n == 4 && code >= 0x10000);
		boolean printable = (code >= 0xA0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD && code != 0xFEFF)
				|| (code >= 0x10000 && code <= 0x10FFFF);
		return shortest && printable && code != 0x2028 && code != 0x2029 ? n : -1;
	}

}
