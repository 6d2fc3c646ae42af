package dev.plumbline.interchange;

import java.time.LocalDate;

/**
 * Rules across the fields of one record.
 */
final class Checks {

	private Checks() {
	}

	/** {@code later} must not be before {@code earlier} when both are given. */
	static Shape.Check notBefore(String later, String earlier) {
		return (values, cursor) -> {
			LocalDate from = values.get(earlier);
			LocalDate to = values.get(later);
			if (from != null && to != null && to.isBefore(from)) {
				cursor.problemAt(later, to.toString(), "must not be before " + earlier + " (" + from + ")");
			}
		};
	}

}
