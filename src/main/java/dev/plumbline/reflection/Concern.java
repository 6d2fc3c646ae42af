package dev.plumbline.reflection;

import java.time.LocalDate;
import java.util.List;

import dev.plumbline.interchange.PracticeModel.ConcernStatus;

/**
 * A concern as pages and the API show it: who raised it and when, where it stands, the pillars it is about.
 */
public record Concern(String key, String title, String raisedByKey, String raisedByName, LocalDate raised,
		ConcernStatus status, List<String> pillars) {

	public Concern {
		pillars = List.copyOf(pillars);
	}

	/** Still raised or discussed: not solved, not dropped. */
	public boolean open() {
		return this.status == ConcernStatus.RAISED || this.status == ConcernStatus.DISCUSSED;
	}

}
