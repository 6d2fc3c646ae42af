package dev.plumbline.interchange;

/**
 * What snakeyaml-engine's {@code JsonScalarResolver} makes of a plain scalar, answered without its regular
 * expressions where the answer is certain ({@link BlockYamlParser}); the tests hold it against the resolver.
 */
final class YamlScalars {

	/** A plain scalar's type; UNKNOWN when only the resolver can say. */
	enum Shape {

		TEXT, INT, FLOAT, UNKNOWN

	}

	private YamlScalars() {
	}

	/**
	 * INT for {@code -?(0|[1-9][0-9]*)}, FLOAT for {@code -?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?}
	 * otherwise; TEXT for anything else that starts with a digit (a date) and for what cannot be null, true,
	 * false, .inf, .nan or {@code ${…}}.
	 */
	static Shape shape(String value) {
		char c = value.charAt(0);
		if (c == 't' || c == 'f' || c == 'n') {
			return value.equals("true") || value.equals("false") || value.equals("null") ? Shape.UNKNOWN : Shape.TEXT;
		}
		if (c != '-' && c != '.' && c != '$' && (c < '0' || c > '9')) {
			return Shape.TEXT;
		}
		int length = value.length();
		int i = c == '-' ? 1 : 0;
		if (i == length || value.charAt(i) < '0' || value.charAt(i) > '9') {
			return Shape.UNKNOWN;
		}
		i = value.charAt(i) == '0' ? i + 1 : digits(value, i + 1);
		if (i == length) {
			return Shape.INT;
		}
		if (value.charAt(i) == '.') {
			i = digits(value, i + 1);
		}
		if (i < length && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
			int from = i + 1 < length && (value.charAt(i + 1) == '+' || value.charAt(i + 1) == '-') ? i + 2 : i + 1;
			i = digits(value, from);
			if (i == from) {
				return Shape.TEXT;
			}
		}
		// starting with a digit, only the INT and the first FLOAT pattern could have matched
		return i == length ? Shape.FLOAT : Shape.TEXT;
	}

	private static int digits(String value, int i) {
		while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

}
