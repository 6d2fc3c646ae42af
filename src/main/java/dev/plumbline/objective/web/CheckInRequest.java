package dev.plumbline.objective.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.plumbline.objective.RecordCheckIn;

/**
 * One check-in: {@code date} defaults to today, {@code confidence} is 0–1 and optional.
 */
record CheckInRequest(LocalDate date, BigDecimal value, BigDecimal confidence, String note) {

	RecordCheckIn.CheckIn toCheckIn() {
		return new RecordCheckIn.CheckIn(this.date, this.value, this.confidence, this.note);
	}

}
