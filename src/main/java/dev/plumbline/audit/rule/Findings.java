package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

/** Small helpers shared by the rules. */
final class Findings {

	private Findings() {
	}

	static Finding of(FindingCode code, Subject subject, Evidence evidence, String action) {
		return new Finding(code, code.severity(), subject, evidence.map(), action);
	}

	static long daysBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static boolean active(ObjectiveStatus status) {
		return status == ObjectiveStatus.ACTIVE;
	}

	/** Planned or active: an objective that is still a plan (not completed, not cancelled). */
	static boolean open(ObjectiveStatus status) {
		return status == ObjectiveStatus.PLANNED || status == ObjectiveStatus.ACTIVE;
	}

	static boolean active(InitiativeStatus status) {
		return status == InitiativeStatus.ACTIVE;
	}

}
