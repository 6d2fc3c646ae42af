package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A KPI as pages, the API and other modules see it, with its latest measurement (null when none).
 * {@code ownerId} is a person of the organization, or null.
 */
public record Kpi(UUID id, String key, String name, String unit, UUID ownerId, String ownerKey, String ownerName,
		String ownerEmail, List<String> pillars, Cadence cadence, Direction direction, BigDecimal target,
		BigDecimal red, BigDecimal green, long version, LocalDate latestOn, BigDecimal latestValue) {

	public Kpi {
		pillars = List.copyOf(pillars);
	}

	public KpiStatus status() {
		return KpiStatus.of(this.direction, this.red, this.green, this.latestValue);
	}

	public boolean stale(LocalDate today) {
		return this.cadence.isStale(this.latestOn, today);
	}

	Kpi withPillars(List<String> keys) {
		return new Kpi(this.id, this.key, this.name, this.unit, this.ownerId, this.ownerKey, this.ownerName,
				this.ownerEmail, keys, this.cadence, this.direction, this.target, this.red, this.green, this.version,
				this.latestOn, this.latestValue);
	}

}
