package dev.plumbline.interchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random YAML documents in the block style of organization files, written every way the subset allows
 * (indentation widths, sequences at or under their key, compact or open entries, quoting, comments, blank
 * lines, trailing spaces), and mutations of them that mostly leave the subset or YAML altogether.
 */
final class SubsetYamlDocuments {

	private static final String[] KEYS = { "key", "name", "plumbline", "a b", "null", "true", "1", "-x", "x-y", "a:b",
			"é", "ключ", "k#1", "C#", "~", "0x1F", "'q'", "\"d\"", "a.b", "[x]", "x]", "{y" };

	private static final String[] PLAIN = { "text", "two words", "2026-11-01", "12", "-3", "0", "-0", "012", "1.5",
			"1.", "-2.25", "1e5", "1E+5", "2e-3", "1_000", "+1", ".5", "-.5", ".inf", "-.inf", ".nan", "0x1F", "0o17",
			"true", "false", "True", "FALSE", "null", "Null", "~", "yes", "no", "on", "$x", "${HOME}", "http://x.org/a",
			"a:b", "C#", "a #", "x - y", "[not a list]", "{not a map}", "a, b", "café", "😀 emoji", "a 'quoted' word",
			"say \"hi\"", "back\\slash", "1.2.3", "--", "-a", ".a", "...x", "0.0", "1e", "1e+", "-", "n", "t" };

	private static final String[] DOUBLE = { "plain", "", " spaced ", "a: b", "# not a comment", "tab\\there",
			"line\\nbreak", "quote \\\" inside", "\\u00e9\\x41\\U0001F600", "\\0\\a\\b\\v\\f\\r\\e\\ \\/\\N\\_", "12",
			"true", "null", "'single'", "back\\\\slash", "\\uD83D" };

	private static final String[] SINGLE = { "plain", "", "it''s", "a: b", "# x", "back\\slash", "\"double\"", "12",
			"null", "''" };

	private static final String[] JUNK = { " ", "  ", "\t", ":", ": ", "#", " #", "-", "- ", "'", "\"", "\\", "&a ",
			"*a", "!t ", "!!str ", "|", ">", "[", "]", "{", "}", "\n", "?", "? ", "%", "@", "`", ",", "\r", "\r\n",
			"\u0085", "\u2028", "\uFEFF", "é", "\u0001", "\u007F", "---", "...", "--- ", "\n---\n", "\n...\n", "x: y",
			"<<: *a", "\n  ", "\n- ", "\n#" };

	private final Random random;

	private final StringBuilder out = new StringBuilder();

	SubsetYamlDocuments(long seed) {
		this.random = new Random(seed);
	}

	/** A document whose root is a block mapping. */
	String document() {
		this.out.setLength(0);
		if (this.random.nextInt(4) == 0) {
			this.out.append("# a comment first\n");
		}
		mapping(0, 0, false);
		return this.out.toString();
	}

	/** {@code document} with one to three random edits. */
	String mutate(String document) {
		String text = document;
		for (int n = 1 + this.random.nextInt(3); n > 0; n--) {
			List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
			int at = this.random.nextInt(lines.size());
			String line = lines.get(at);
			int column = line.isEmpty() ? 0 : this.random.nextInt(line.length() + 1);
			switch (this.random.nextInt(6)) {
				case 0 -> lines.set(at, line.substring(0, column) + pick(JUNK) + line.substring(column));
				case 1 -> lines.set(at, line.isEmpty() ? line : line.substring(0, Math.min(column, line.length() - 1))
						+ line.substring(Math.min(column, line.length() - 1) + 1));
				case 2 -> lines.set(at, " ".repeat(1 + this.random.nextInt(3)) + line);
				case 3 -> lines.set(at, line.stripLeading());
				case 4 -> lines.add(at, lines.get(this.random.nextInt(lines.size())));
				default -> lines.remove(at);
			}
			text = String.join("\n", lines);
		}
		return text;
	}

	private void mapping(int column, int depth, boolean compact) {
		int entries = 1 + this.random.nextInt(depth == 0 ? 6 : 4);
		for (int i = 0; i < entries; i++) {
			if (!(compact && i == 0)) {
				noise(column);
				this.out.append(" ".repeat(column));
			}
			this.out.append(key()).append(':');
			value(column, depth, true);
		}
	}

	private void sequence(int column, int depth) {
		int entries = 1 + this.random.nextInt(4);
		for (int i = 0; i < entries; i++) {
			noise(column);
			this.out.append(" ".repeat(column)).append('-');
			int choice = this.random.nextInt(5);
			if (choice == 0 && depth < 6) {
				int gap = 1 + this.random.nextInt(3);
				this.out.append(" ".repeat(gap));
				mapping(column + 1 + gap, depth + 1, true);
			}
			else {
				value(column, depth, false);
			}
		}
	}

	/** The value after "key:" or "-" at {@code column}: inline, nested on the next lines, or empty. */
	private void value(int column, int depth, boolean ofKey) {
		int choice = depth >= 6 ? 0 : this.random.nextInt(10);
		if (choice <= 5) {
			this.out.append(' ').append(scalar());
			trail();
		}
		else if (choice == 6) {
			trail();
		}
		else if (choice == 7) {
			trail();
			sequence(ofKey && this.random.nextBoolean() ? column : column + 1 + this.random.nextInt(4), depth + 1);
		}
		else {
			trail();
			mapping(column + 1 + this.random.nextInt(4), depth + 1, false);
		}
	}

	private String key() {
		String key = pick(KEYS);
		return switch (this.random.nextInt(5)) {
			case 0 -> "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
			case 1 -> "'" + key.replace("'", "''") + "'";
			default -> key;
		};
	}

	private String scalar() {
		return switch (this.random.nextInt(6)) {
			case 0 -> "\"" + pick(DOUBLE) + "\"";
			case 1 -> "'" + pick(SINGLE) + "'";
			default -> pick(PLAIN);
		};
	}

	/** The end of a line: maybe trailing spaces, maybe a comment. */
	private void trail() {
		int choice = this.random.nextInt(8);
		if (choice == 0) {
			this.out.append("   ");
		}
		else if (choice == 1) {
			this.out.append(" # note: it's - fine");
		}
		this.out.append('\n');
	}

	/** Blank and comment lines, at any indentation. */
	private void noise(int column) {
		int choice = this.random.nextInt(10);
		if (choice == 0) {
			this.out.append('\n');
		}
		else if (choice == 1) {
			this.out.append(" ".repeat(this.random.nextInt(column + 3))).append("# comment: - [x]\n");
		}
		else if (choice == 2) {
			this.out.append("    \n");
		}
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
