package dev.plumbline.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.IndexHints;
import dev.plumbline.shared.Reads;

/**
 * The scorecard's sparklines: each KPI's measurements of the last year thinned to a few points, kept per
 * revision of its measurements.
 */
@Component
@Reads
public class KpiSparklines {

	/** Sparklines kept: four times the KPIs of an organization at scale L (at most 60 points each). */
	static final int KEPT = 4_096;

	private final JdbcClient jdbc;

	private final IndexHints hints;

	/** Thinned sparklines by KPI, revision of its measurements, first day and points; the least used go first. */
	private final Map<Sparkline, List<Measurement>> sparklines = Collections.synchronizedMap(
			new LinkedHashMap<>(256, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<Sparkline, List<Measurement>> eldest) {
					return size() > KEPT;
				}

			});

	KpiSparklines(JdbcClient jdbc, IndexHints hints) {
		this.jdbc = jdbc;
		this.hints = hints;
	}

	/**
	 * The measurements since {@code since} of the given KPIs of the organization, oldest first (sparklines),
	 * at most {@code points} (≥ 2) of each: a KPI with more keeps the first, the last and the ones evenly
	 * spread between them — the rows {@code round(i × (n − 1) / (points − 1))} for i = 0 … points − 1, as
	 * {@link #spread} picks them. Kept per KPI and revision of its measurements (moved on in every write's
	 * transaction, {@code KpiStore.refreshLatest}): a view reads the page's revisions, one indexed query, and
	 * thins only the KPIs not kept yet — the thinning read a year of every KPI's measurements, 5–6 ms of
	 * PostgreSQL per scorecard at scale L. A KPI measured between the two reads is kept under the revision
	 * read first, with the newer rows: the next view reads its new revision and thins it again.
	 */
	public Map<UUID, List<Measurement>> recent(UUID organizationId, List<UUID> kpiIds, LocalDate since, int points) {
		if (kpiIds.isEmpty()) {
			return Map.of();
		}
		if (points < 2) {
			throw new IllegalArgumentException("points must be at least 2, was " + points);
		}
		Map<UUID, Long> revisions = new HashMap<>();
		this.jdbc.sql("SELECT id, measurements_revision FROM kpi WHERE organization_id = :org AND id IN (:ids)")
			.param("org", organizationId)
			.param("ids", kpiIds)
			.query(rs -> {
				revisions.put(rs.getObject("id", UUID.class), rs.getLong("measurements_revision"));
			});
		Map<UUID, List<Measurement>> byKpi = new LinkedHashMap<>();
		List<UUID> missing = new ArrayList<>();
		for (UUID id : kpiIds) {
			Long revision = revisions.get(id);
			if (revision != null) { // not this organization's KPI: nothing, kept or not
				List<Measurement> kept = this.sparklines.get(new Sparkline(id, revision, since, points));
				if (kept == null) {
					missing.add(id);
				}
				else if (!kept.isEmpty()) {
					byKpi.put(id, kept);
				}
			}
		}
		if (!missing.isEmpty()) {
			Map<UUID, List<Measurement>> read = thinned(organizationId, missing, since, points);
			for (UUID id : missing) {
				List<Measurement> measurements = List.copyOf(read.getOrDefault(id, List.of()));
				this.sparklines.put(new Sparkline(id, revisions.get(id), since, points), measurements);
				if (!measurements.isEmpty()) {
					byKpi.put(id, measurements);
				}
			}
		}
		return byKpi;
	}

	/** The thinning of {@link #recent}, in one query: a page of 25 daily KPIs was 4,200 rows, 1,500 drawn. */
	private Map<UUID, List<Measurement>> thinned(UUID organizationId, List<UUID> kpiIds, LocalDate since, int points) {
		Map<UUID, List<Measurement>> byKpi = new LinkedHashMap<>();
		// k is the row's place (from 0) among its KPI's n rows; it is kept when the nearest two spread indexes
		// below and above k/(n-1)*(p-1) round to it, in whole numbers only (both databases divide BIGINTs
		// towards zero, and every term is positive; NULLIF keeps the unused terms of a KPI with one row from
		// dividing by zero).
		this.jdbc.sql("""
				SELECT kpi_id, measured_on, measured_value FROM (
				  SELECT kpi_id, measured_on, measured_value,
				         ROW_NUMBER() OVER (PARTITION BY kpi_id ORDER BY measured_on) - 1 AS k,
				         COUNT(*) OVER (PARTITION BY kpi_id) AS n
				  FROM %s
				  WHERE organization_id = :org AND kpi_id IN (:ids) AND measured_on >= :since) m
				WHERE n <= :points
				   OR (2 * (k * (:points - 1) / NULLIF(n - 1, 0)) * (n - 1) + (:points - 1)) / (2 * (:points - 1)) = k
				   OR (2 * (k * (:points - 1) / NULLIF(n - 1, 0) + 1) * (n - 1) + (:points - 1)) / (2 * (:points - 1)) = k
				ORDER BY kpi_id, measured_on
				""".formatted(this.hints.table("kpi_measurement", "kpi_measurement_kpi_idx")))
			.param("org", organizationId)
			.param("ids", kpiIds)
			.param("since", since)
			.param("points", (long) points)
			.query(rs -> {
				byKpi.computeIfAbsent(rs.getObject("kpi_id", UUID.class), id -> new ArrayList<>())
					.add(new Measurement(rs.getObject("measured_on", LocalDate.class), KpiQueries.plain(rs.getBigDecimal("measured_value"))));
			});
		return byKpi;
	}

	/**
	 * At most {@code points} (≥ 2) of the measurements, evenly spread over them in their order, the first and
	 * the last always among them: the rows {@link #recent} keeps, picked in Java.
	 */
	public static List<Measurement> spread(List<Measurement> measurements, int points) {
		int n = measurements.size();
		if (n <= points) {
			return measurements;
		}
		List<Measurement> kept = new ArrayList<>(points);
		for (long i = 0; i < points; i++) {
			kept.add(measurements.get((int) ((2 * i * (n - 1) + (points - 1)) / (2L * (points - 1)))));
		}
		return kept;
	}

	private record Sparkline(UUID kpi, long revision, LocalDate since, int points) {
	}

}
