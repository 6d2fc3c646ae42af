package dev.plumbline.audit.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a finding's evidence in a stable order with JSON-friendly values: dates become ISO strings,
 * decimals lose trailing zeros, doubles are rounded to one decimal, nulls are left out.
 */
final class Evidence {

	private final Map<String, Object> values = new LinkedHashMap<>();

	static Evidence of() {
		return new Evidence();
	}

	Evidence put(String name, Object value) {
		Object plain = plain(value);
		if (plain != null) {
			this.values.put(name, plain);
		}
		return this;
	}

	Map<String, Object> map() {
		return Collections.unmodifiableMap(this.values);
	}

	static BigDecimal plain(BigDecimal decimal) {
		BigDecimal stripped = decimal.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static Object plain(Object value) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return plain(decimal);
		}
		if (value instanceof Double number) {
			return plain(BigDecimal.valueOf(number).setScale(1, RoundingMode.HALF_UP));
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(java.util.Locale.ROOT);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Evidence::plain).toList();
		}
		return value;
	}

}
