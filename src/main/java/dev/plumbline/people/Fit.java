package dev.plumbline.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A fit assessment as pages and the API show it: the values ratings ({@code plus}, {@code plus_minus},
 * {@code minus}) in their order and gets it / wants it / capacity (null when not assessed). Sensitive:
 * only roles with {@code VIEW_FITS} see it.
 */
public record Fit(String personKey, String personName, String seatKey, String seatTitle, LocalDate date,
		List<Rating> values, Boolean getsIt, Boolean wantsIt, Boolean capacity, String notes) {

	public Fit {
		values = List.copyOf(values);
	}

	public record Rating(String value, String rating) {
	}

}
