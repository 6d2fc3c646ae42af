package dev.plumbline.people;

import java.util.List;

/**
 * A seat of the accountability chart as pages and the API show it: who holds it (null when empty), the
 * seat it reports to, and how it contributes to the mission.
 */
public record Seat(String key, String title, String teamKey, String teamName, String reportsTo,
		String contribution, List<String> responsibilities, String holderKey, String holderName) {

	public Seat {
		responsibilities = List.copyOf(responsibilities);
	}

	public boolean vacant() {
		return this.holderKey == null;
	}

	/** A seat and its depth below the top of the chart (0 for a seat that reports to no one). */
	public record InChart(Seat seat, int depth) {
	}

}
