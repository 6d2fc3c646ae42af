package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.plumbline.shared.Keys;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The scalar value types of organization files: text, keys and references, dates, numbers, booleans and
 * lower-case enum values.
 */
final class Types {

	static final Text TEXT = new Text();

	static final Key KEY = new Key(null);

	static final DateType DATE = new DateType();

	static final Bool BOOLEAN = new Bool();

	/** Numbers are below 10^18 and have at most 12 decimals (checked before anything is expanded). */
	static final int MAX_DIGITS = 18;

	static final int MAX_DECIMALS = 12;

	private Types() {
	}

	static Key ref(Target target) {
		return new Key(target);
	}

	static Decimal decimal(String min, String max) {
		return new Decimal(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max));
	}

	static Whole whole(Integer min, Integer max) {
		return new Whole(min, max);
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
					return LocalDate.parse(text);
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

	/** A decimal number, kept exactly and without trailing zeros; optionally bounded (inclusive). */
	record Decimal(BigDecimal min, BigDecimal max) implements Type {

		@Override
		public Object read(Cursor cursor) {
			BigDecimal number = number(cursor, this);
			if (number == null) {
				return null;
			}
			if ((this.min != null && number.compareTo(this.min) < 0) || (this.max != null && number.compareTo(this.max) > 0)) {
				cursor.problem(number.toPlainString(), "must be " + range(this.min, this.max));
				return null;
			}
			return number;
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeNumber(((BigDecimal) value).toPlainString());
		}

		@Override
		public String expected() {
			return "a number";
		}

	}

	/** A whole number, optionally bounded (inclusive). */
	record Whole(Integer min, Integer max) implements Type {

		@Override
		public Object read(Cursor cursor) {
			BigDecimal number = number(cursor, this);
			if (number == null) {
				return null;
			}
			if (number.scale() > 0) {
				cursor.problem(number.toPlainString(), "must be a whole number");
				return null;
			}
			BigDecimal low = this.min == null ? null : BigDecimal.valueOf(this.min);
			BigDecimal high = this.max == null ? null : BigDecimal.valueOf(this.max);
			if ((low != null && number.compareTo(low) < 0) || (high != null && number.compareTo(high) > 0)
					|| number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
				cursor.problem(number.toPlainString(), "must be " + range(low, high));
				return null;
			}
			return number.intValueExact();
		}

		@Override
		public void write(JsonGenerator generator, Object value) {
			generator.writeNumber((Integer) value);
		}

		@Override
		public String expected() {
			return "a whole number";
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

	static String name(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	private static BigDecimal number(Cursor cursor, Type type) {
		JsonToken token = cursor.token();
		if (token == JsonToken.VALUE_NULL) {
			return null;
		}
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
			type.wrongKind(cursor);
			return null;
		}
		BigDecimal number;
		try {
			number = cursor.parser().getDecimalValue();
		}
		catch (RuntimeException ex) {
			cursor.problem(cursor.scalar(), "must be a finite number");
			return null;
		}
		if (number.precision() - number.scale() > MAX_DIGITS) {
			cursor.problem(cursor.scalar(), "is too large (at most " + MAX_DIGITS + " digits before the decimal point)");
			return null;
		}
		number = canonical(number);
		if (number.scale() > MAX_DECIMALS) {
			cursor.problem(cursor.scalar(), "has too many decimals (at most " + MAX_DECIMALS + ")");
			return null;
		}
		return number;
	}

	/** Without trailing zeros and never in exponent form: 12.50 reads as 12.5, 1E+2 as 100. */
	static BigDecimal canonical(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static String range(BigDecimal min, BigDecimal max) {
		if (min != null && max != null) {
			return "between " + min.toPlainString() + " and " + max.toPlainString();
		}
		return min != null ? min.toPlainString() + " or more" : max.toPlainString() + " or less";
	}

}
