package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Conversions every section needs between file values and columns, so that a round trip gives back the
 * same model: numbers without trailing zeros, empty optional text as absent.
 */
public final class SectionValues {

	private SectionValues() {
	}

	/** {@code 12.5000} → {@code 12.5}, {@code 100.0000} → {@code 100}; null stays null. */
	public static BigDecimal decimal(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** Optional text read from a NOT NULL column: empty means the file had none. */
	public static String optional(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	/** Optional text written to a NOT NULL column. */
	public static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	public static Date sqlDate(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	public static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	/** The constant of {@code type} with the same name: between the file model's enums and a module's. */
	public static <E extends Enum<E>> E map(Enum<?> value, Class<E> type) {
		return value == null ? null : Enum.valueOf(type, value.name());
	}

}
