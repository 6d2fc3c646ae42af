package dev.plumbline.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.plumbline.kpi.Cadence;
import dev.plumbline.kpi.Direction;
import dev.plumbline.kpi.Kpi;
import dev.plumbline.kpi.KpiStatus;
import dev.plumbline.kpi.Measurement;

/**
 * A KPI in the API, with its status (from the latest measurement) and whether it is stale; the single-KPI
 * answer also lists every measurement, oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KpiResponse(UUID id, String key, String name, String unit, Owner owner, List<String> pillars, Cadence cadence,
		Direction direction, BigDecimal target, KpiRequest.Thresholds thresholds, long version, Measurement latest,
		KpiStatus status, boolean stale, List<Measurement> measurements) {

	/** The person who owns the KPI. */
	record Owner(UUID id, String key, String name) {
	}

	static KpiResponse of(Kpi kpi, LocalDate today, List<Measurement> measurements) {
		return new KpiResponse(kpi.id(), kpi.key(), kpi.name(), kpi.unit(),
				kpi.ownerId() == null ? null : new Owner(kpi.ownerId(), kpi.ownerKey(), kpi.ownerName()), kpi.pillars(),
				kpi.cadence(), kpi.direction(), kpi.target(), new KpiRequest.Thresholds(kpi.red(), kpi.green()),
				kpi.version(), kpi.latestOn() == null ? null : new Measurement(kpi.latestOn(), kpi.latestValue()),
				kpi.status(), kpi.stale(today), measurements);
	}

}
