package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dev.plumbline.shared.TrailEvent;

/**
 * Someone recorded progress on a key result (one check-in, or a whole CSV upload).
 */
public record CheckInRecorded(UUID organizationId, UUID actorId, UUID keyResultId, String keyResultKey,
		LocalDate date, BigDecimal value, int count) implements TrailEvent {

	@Override
	public String action() {
		return this.keyResultId != null ? "check-in.recorded" : "check-ins.imported";
	}

	@Override
	public String subject() {
		return this.keyResultId != null ? "key result " + this.keyResultKey : this.count + " check-ins";
	}

	@Override
	public String summary() {
		return this.keyResultId != null ? "Checked in " + this.value.stripTrailingZeros().toPlainString() + " on " + this.date
				: "Imported " + this.count + " check-ins from CSV";
	}

}
