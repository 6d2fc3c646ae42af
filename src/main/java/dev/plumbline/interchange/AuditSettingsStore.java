package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Reads;
import dev.plumbline.shared.StaleVersionException;

/**
 * The audit thresholds of each organization: one row, one nullable column per setting (null = the
 * default). {@link #save} checks every range and the version it was made from (optimistic locking).
 */
@Component
@Transactional
public class AuditSettingsStore {

	/** A stored setting, with the version a later save must name. */
	public record Versioned(AuditSettings settings, long version) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	AuditSettingsStore(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		// The first save inserts; when two first saves race, the loser's INSERT fails on the key. On
		// PostgreSQL that aborts the whole transaction, so the INSERT runs behind a savepoint (NESTED) and
		// the loser can still read the winner's version and be told, as for any stale edit.
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Reads
	public AuditSettings get(UUID organizationId) {
		return find(organizationId).settings();
	}

	/** The settings and their version (0 when never saved: all defaults). */
	@Reads
	public Versioned find(UUID organizationId) {
		return this.jdbc.sql("SELECT * FROM organization_audit_setting WHERE organization_id = :org")
			.param("org", organizationId)
			.query((rs, i) -> new Versioned(settings(rs), rs.getLong("version")))
			.optional()
			.orElse(new Versioned(AuditSettings.DEFAULTS, 0));
	}

	/**
	 * @param expectedVersion the version the change was made from (0 when never saved)
	 * @return the new version
	 * @throws InvalidInputException naming every setting out of range
	 * @throws StaleVersionException when someone saved in between
	 */
	public long save(UUID organizationId, AuditSettings settings, long expectedVersion) {
		List<FieldProblem> problems = problems(settings);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<String, Object> params = columns(settings);
		params.put("org", organizationId);
		params.put("expected", expectedVersion);
		params.put("now", Timestamp.from(this.clock.instant()));
		int rows;
		try {
			rows = (expectedVersion == 0) ? this.savepoint.execute(status -> this.jdbc.sql("""
					INSERT INTO organization_audit_setting (organization_id, zombie_inactivity_days, off_track_points,
					  off_track_confidence, stale_objective_days, achievable_rate_multiple, misallocation_tolerance,
					  overloaded_owner_max, stale_kpi_cadence_multiple, anonymity_minimum, low_sentiment_share,
					  perception_gap_points, unresolved_concern_days, version, updated_at)
					SELECT :org, :zombie, :offTrackPoints, :offTrackConfidence, :staleObjective, :achievable,
					  :misallocation, :overloaded, :staleKpi, :anonymity, :lowSentiment, :perceptionGap, :concernDays, 1, :now
					WHERE NOT EXISTS (SELECT 1 FROM organization_audit_setting WHERE organization_id = :org)
					""").params(params).update()) : this.jdbc.sql("""
					UPDATE organization_audit_setting SET zombie_inactivity_days = :zombie,
					  off_track_points = :offTrackPoints, off_track_confidence = :offTrackConfidence,
					  stale_objective_days = :staleObjective, achievable_rate_multiple = :achievable,
					  misallocation_tolerance = :misallocation, overloaded_owner_max = :overloaded,
					  stale_kpi_cadence_multiple = :staleKpi, anonymity_minimum = :anonymity,
					  low_sentiment_share = :lowSentiment, perception_gap_points = :perceptionGap,
					  unresolved_concern_days = :concernDays, version = version + 1, updated_at = :now
					WHERE organization_id = :org AND version = :expected
					""").params(params).update();
		}
		catch (DuplicateKeyException ex) {
			rows = 0;
		}
		if (rows != 1) {
			long current = find(organizationId).version();
			throw new StaleVersionException("The audit settings were changed meanwhile: you edited version "
					+ expectedVersion + ", they are now at version " + current + ". Reload them, then change again.",
					current);
		}
		return expectedVersion + 1;
	}

	/** Replaces the settings whatever their version (an import). */
	void replace(UUID organizationId, AuditSettings settings) {
		save(organizationId, settings, find(organizationId).version());
	}

	/** Every setting out of its range, named by its field in the file's {@code audit} block. */
	public static List<FieldProblem> problems(AuditSettings s) {
		List<FieldProblem> problems = new ArrayList<>();
		range(problems, "zombieInactivityDays", s.zombieInactivityDays(), 1, 3650);
		range(problems, "offTrackPoints", s.offTrackPoints(), 0, 100);
		range(problems, "offTrackConfidence", s.offTrackConfidence(), "0", "1");
		range(problems, "staleObjectiveDays", s.staleObjectiveDays(), 1, 3650);
		range(problems, "achievableRateMultiple", s.achievableRateMultiple(), "1", "100");
		range(problems, "misallocationTolerance", s.misallocationTolerance(), "0", "10");
		range(problems, "overloadedOwnerMax", s.overloadedOwnerMax(), 1, 1000);
		range(problems, "staleKpiCadenceMultiple", s.staleKpiCadenceMultiple(), "1", "100");
		range(problems, "anonymityMinimum", s.anonymityMinimum(), 1, 1000);
		range(problems, "lowSentimentShare", s.lowSentimentShare(), "0", "1");
		range(problems, "perceptionGapPoints", s.perceptionGapPoints(), 0, 100);
		range(problems, "unresolvedConcernDays", s.unresolvedConcernDays(), 1, 3650);
		return problems;
	}

	private static void range(List<FieldProblem> problems, String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			problems.add(new FieldProblem("audit." + field,
					"must be a whole number from " + min + " to " + max + " (was " + value + ")"));
		}
	}

	private static void range(List<FieldProblem> problems, String field, BigDecimal value, String min, String max) {
		if (value != null && (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0)) {
			problems.add(new FieldProblem("audit." + field,
					"must be a number from " + min + " to " + max + " (was " + value.toPlainString() + ")"));
		}
		else if (value != null && value.scale() > 4) {
			problems.add(new FieldProblem("audit." + field, "may have at most 4 decimals"));
		}
	}

	private static Map<String, Object> columns(AuditSettings s) {
		Map<String, Object> p = new HashMap<>();
		p.put("zombie", s.zombieInactivityDays());
		p.put("offTrackPoints", s.offTrackPoints());
		p.put("offTrackConfidence", s.offTrackConfidence());
		p.put("staleObjective", s.staleObjectiveDays());
		p.put("achievable", s.achievableRateMultiple());
		p.put("misallocation", s.misallocationTolerance());
		p.put("overloaded", s.overloadedOwnerMax());
		p.put("staleKpi", s.staleKpiCadenceMultiple());
		p.put("anonymity", s.anonymityMinimum());
		p.put("lowSentiment", s.lowSentimentShare());
		p.put("perceptionGap", s.perceptionGapPoints());
		p.put("concernDays", s.unresolvedConcernDays());
		return p;
	}

	private static AuditSettings settings(ResultSet rs) throws SQLException {
		return new AuditSettings(integer(rs, "zombie_inactivity_days"), integer(rs, "off_track_points"),
				decimal(rs, "off_track_confidence"), integer(rs, "stale_objective_days"),
				decimal(rs, "achievable_rate_multiple"), decimal(rs, "misallocation_tolerance"),
				integer(rs, "overloaded_owner_max"), decimal(rs, "stale_kpi_cadence_multiple"),
				integer(rs, "anonymity_minimum"), decimal(rs, "low_sentiment_share"),
				integer(rs, "perception_gap_points"), integer(rs, "unresolved_concern_days"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		return SectionValues.decimal(rs.getBigDecimal(column));
	}

}
