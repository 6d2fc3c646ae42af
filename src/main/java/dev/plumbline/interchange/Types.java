package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.plumbline.shared.Keys;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The scalar value types of organization files: text, keys and references, dates, booleans and lower-case
 * enum values (numbers are in {@link Numbers}).
 */
final class Types {

	static final Text TEXT = new Text();

	static final Key KEY = new Key(null);

	static final DateType DATE = new DateType();

	static final Bool BOOLEAN = new Bool();

	private Types() {
	}

	static Key ref(Target target) {
		return new Key(target);
	}

	static Numbers.Decimal decimal(String min, String max) {
		return new Numbers.Decimal(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max));
	}

	static Numbers.Whole whole(Integer min, Integer max) {
		return new Numbers.Whole(min, max);
	}

	static <E extends Enum<E>> Choice<E> choice(Class<E> type) {
		return new Choice<>(type);
	}

	static Patterned patterned(String regex, String rule) {
		return new Patterned(Pattern.compile(regex), rule);
	}

	/** The text of a string token, or null after reporting a value of another kind. */
	private static String string(Cursor cursor, Type type) {
		if (cursor.token() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (cursor.token() != JsonToken.VALUE_STRING) {
			type.wrongKind(cursor);
			return null;
		}
		String text = cursor.scalar();
		return text.isBlank() ? null : text;
	}

	/** Free text; blank text counts as absent. */
	record Text() implements Type {

		@Override
		public Object read(Cursor cursor) {
			return string(cursor, this);
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeString((String) value);
		}

		@Override
		public boolean absent(Object value) {
			return value == null || ((String) value).isEmpty();
		}

		@Override
		public String expected() {
			return "text";
		}

	}

	/** A key ({@link Keys}); when {@code target} is set, it must name an existing one of those. */
	record Key(Target target) implements Type {

		@Override
		public Object read(Cursor cursor) {
			String key = string(cursor, this);
			if (key == null) {
				return null;
			}
			if (!Keys.valid(key)) {
				cursor.problem(key, "is not a valid key: " + Keys.RULE);
				return null;
			}
			if (this.target != null) {
				cursor.reference(this.target, key);
			}
			return key;
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeString((String) value);
		}

		@Override
		public String expected() {
			return this.target == null ? "a key" : "the key of a " + this.target.noun();
		}

	}

	/** Text that must match a pattern (slug, e-mail address). */
	record Patterned(Pattern pattern, String rule) implements Type {

		@Override
		public Object read(Cursor cursor) {
			String text = string(cursor, this);
			if (text != null && !this.pattern.matcher(text).matches()) {
				cursor.problem(text, this.rule);
				return null;
			}
			return text;
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeString((String) value);
		}

		@Override
		public String expected() {
			return "text";
		}

	}

	/** An ISO-8601 date, written as text: {@code 2026-11-01}. */
	record DateType() implements Type {

		@Override
		public Object read(Cursor cursor) {
			String text = string(cursor, this);
			if (text == null) {
				return null;
			}
			try {
				if (text.length() == 10) {
					LocalDate date = isoDate(text);
					return date != null ? date : LocalDate.parse(text);
				}
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
			cursor.problem(text, "must be a date written YYYY-MM-DD");
			return null;
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeString(value.toString());
		}

		@Override
		public String expected() {
			return "a date written YYYY-MM-DD";
		}

	}

	/** {@code true} or {@code false}. */
	record Bool() implements Type {

		@Override
		public Object read(Cursor cursor) {
			return switch (cursor.token()) {
				case VALUE_TRUE -> Boolean.TRUE;
				case VALUE_FALSE -> Boolean.FALSE;
				case VALUE_NULL -> null;
				default -> wrongKind(cursor);
			};
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeBoolean((Boolean) value);
		}

		@Override
		public String expected() {
			return "true or false";
		}

	}

	/** One of an enum's constants, written in lower case ({@code plus_minus}). */
	record Choice<E extends Enum<E>>(Class<E> type) implements Type {

		@Override
		public Object read(Cursor cursor) {
			String text = string(cursor, this);
			if (text == null) {
				return null;
			}
			for (E constant : this.type.getEnumConstants()) {
				if (name(constant).equals(text)) {
					return constant;
				}
			}
			cursor.problem(text, "must be one of " + choices());
			return null;
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeString(name(this.type.cast(value)));
		}

		@Override
		public String expected() {
			return "one of " + choices();
		}

		String choices() {
			return Arrays.stream(this.type.getEnumConstants()).map(Types::name).collect(Collectors.joining(", "));
		}

	}

	/**
	 * {@code yyyy-mm-dd} without {@link java.time.format.DateTimeFormatter}, whose parsing allocates a map per
	 * date and cost a sixth of reading a large file; null for anything else (and for a day that does not
	 * exist), which {@link LocalDate#parse} then reads or refuses as before.
	 */
	static LocalDate isoDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	static String name(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

}
