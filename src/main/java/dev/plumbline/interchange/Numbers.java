package dev.plumbline.interchange;

import java.math.BigDecimal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The number types of organization files: exact decimals and whole numbers, bounded before anything is
 * expanded so that {@code 1e999999999} costs nothing.
 */
final class Numbers {

	/** Numbers are below 10^18 and have at most 12 decimals (checked before anything is expanded). */
	static final int MAX_DIGITS = 18;

	static final int MAX_DECIMALS = 12;

	private Numbers() {
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

	static BigDecimal number(Cursor cursor, Type type) {
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
