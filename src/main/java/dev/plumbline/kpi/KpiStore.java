package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.plumbline.shared.InvalidInputException;

/**
 * Writes KPIs and measurements with plain SQL. The KPI row's version is the optimistic lock; a
 * measurement is one row per KPI and date (a second value on the same date replaces the first).
 */
@Repository
class KpiStore {

	private final JdbcClient jdbc;

	KpiStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID organizationId, UUID id, KpiRules.Definition kpi, Instant now) {
		try {
			bind(this.jdbc.sql("""
					INSERT INTO kpi (id, organization_id, kpi_key, name, unit, owner_id, cadence, direction, target,
					                 red_threshold, green_threshold, version, created_at)
					VALUES (:id, :org, :key, :name, :unit, :owner, :cadence, :direction, :target, :red, :green, 0, :now)
					"""), organizationId, id, kpi).param("now", Timestamp.from(now)).update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("key", "\"" + kpi.key() + "\" is already used by another KPI");
		}
		replacePillars(organizationId, id, kpi.pillars());
	}

	/** Moves the KPI from {@code expected} to the next version; false when it is no longer at {@code expected}. */
	boolean update(UUID organizationId, UUID id, long expected, KpiRules.Definition kpi) {
		int rows;
		try {
			rows = bind(this.jdbc.sql("""
					UPDATE kpi SET kpi_key = :key, name = :name, unit = :unit, owner_id = :owner, cadence = :cadence,
					       direction = :direction, target = :target, red_threshold = :red, green_threshold = :green,
					       version = version + 1
					WHERE id = :id AND organization_id = :org AND version = :expected
					"""), organizationId, id, kpi).param("expected", expected).update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("key", "\"" + kpi.key() + "\" is already used by another KPI");
		}
		if (rows == 1) {
			replacePillars(organizationId, id, kpi.pillars());
		}
		return rows == 1;
	}

	long version(UUID organizationId, UUID id) {
		return this.jdbc.sql("SELECT version FROM kpi WHERE id = :id AND organization_id = :org")
			.param("id", id).param("org", organizationId).query(Long.class).optional().orElse(0L);
	}

	/**
	 * Stores the value of the date, replacing any value the KPI already had on that date; {@link
	 * #refreshLatest} must follow in the same transaction.
	 */
	void measure(UUID organizationId, UUID kpiId, LocalDate date, BigDecimal value, Instant now, UUID actor) {
		JdbcClient.StatementSpec update = this.jdbc.sql("""
				UPDATE kpi_measurement SET measured_value = :value, recorded_at = :now, recorded_by = :actor
				WHERE kpi_id = :kpi AND measured_on = :date AND organization_id = :org
				""");
		JdbcClient.StatementSpec insert = this.jdbc.sql("""
				INSERT INTO kpi_measurement (organization_id, kpi_id, measured_on, measured_value, recorded_at, recorded_by)
				VALUES (:org, :kpi, :date, :value, :now, :actor)
				""");
		if (measurement(update, organizationId, kpiId, date, value, now, actor).update() == 0) {
			try {
				measurement(insert, organizationId, kpiId, date, value, now, actor).update();
			}
			catch (DuplicateKeyException ex) {
				measurement(update, organizationId, kpiId, date, value, now, actor).update();
			}
		}
	}

	/**
	 * Copies the newest measurement of each KPI onto its row (for the scorecard's status filter) and moves its
	 * measurements' revision on (what the scorecard keeps sparklines by): call it after every write of
	 * measurements, in the same transaction.
	 */
	void refreshLatest(UUID organizationId, Collection<UUID> kpiIds) {
		for (UUID kpiId : kpiIds) {
			this.jdbc.sql("""
					UPDATE kpi SET
					  measurements_revision = measurements_revision + 1,
					  latest_on = (SELECT MAX(m.measured_on) FROM kpi_measurement m WHERE m.kpi_id = :id),
					  latest_value = (SELECT m.measured_value FROM kpi_measurement m WHERE m.kpi_id = :id
					                  AND m.measured_on = (SELECT MAX(n.measured_on) FROM kpi_measurement n WHERE n.kpi_id = :id))
					WHERE id = :id AND organization_id = :org
					""").param("id", kpiId).param("org", organizationId).update();
		}
	}

	private JdbcClient.StatementSpec measurement(JdbcClient.StatementSpec statement, UUID organizationId, UUID kpiId,
			LocalDate date, BigDecimal value, Instant now, UUID actor) {
		return statement.param("org", organizationId).param("kpi", kpiId).param("date", date).param("value", value)
			.param("now", Timestamp.from(now)).param("actor", actor);
	}

	private void replacePillars(UUID organizationId, UUID id, List<String> pillars) {
		this.jdbc.sql("DELETE FROM kpi_pillar WHERE kpi_id = :id AND organization_id = :org")
			.param("id", id).param("org", organizationId).update();
		for (String pillar : pillars) {
			this.jdbc.sql("INSERT INTO kpi_pillar (organization_id, kpi_id, pillar_key) VALUES (:org, :id, :pillar)")
				.param("org", organizationId).param("id", id).param("pillar", pillar).update();
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UUID organizationId, UUID id,
			KpiRules.Definition kpi) {
		return statement.param("id", id).param("org", organizationId).param("key", kpi.key()).param("name", kpi.name())
			.param("unit", kpi.unit()).param("owner", kpi.ownerId()).param("cadence", kpi.cadence().name())
			.param("direction", kpi.direction().name()).param("target", kpi.target()).param("red", kpi.red())
			.param("green", kpi.green());
	}

}
