package dev.plumbline.interchange;

/**
 * Where {@link BlockYamlEvents} stands: the current content line of the file (neither blank nor only a
 * comment), its start, its first non-blank byte and its indentation.
 */
final class BlockYamlLine {

	/** Where the line starts. */
	int start;

	/** Its first non-blank byte. */
	int first;

	/** Its indentation; -1 once the file has no content line left. */
	int column;

	/** Moves to the next content line, from the line starting at {@code from}. */
	void moveTo(byte[] b, int from, int end) {
		int line = from;
		while (true) {
			int at = BlockYamlText.skipSpaces(b, line, end);
			if (at == end) {
				this.column = -1;
				return;
			}
			if (b[at] != '\n' && b[at] != '#') {
				this.start = line;
				this.first = at;
				this.column = at - line;
				return;
			}
			line = BlockYamlText.lineAfter(b, at, end);
		}
	}

	/** Whether nothing but a comment is left on the line at {@code at} (which follows a blank). */
	static boolean endsAt(byte[] b, int at, int end) {
		return at == end || b[at] == '\n' || b[at] == '#';
	}

}
