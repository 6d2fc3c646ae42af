package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The types of an organization file's organization, charter, people and strategy sections (charter,
 * teams, people, seats, initiatives, objectives with key results and check-ins, KPIs) and its audit
 * thresholds. {@link OrganizationFile} implements this, so they read as {@code OrganizationFile.Objective}.
 */
public interface PlanModel {

	public record Organization(String name, String slug) {
	}

	public record Charter(String vision, String mission, List<Value> values, List<Pillar> pillars) {

		static final Charter EMPTY = new Charter("", "", List.of(), List.of());

		public Charter {
			values = List.copyOf(values == null ? List.of() : values);
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
		}

	}

	public record Value(String key, String name, String description, List<String> behaviors) {

		public Value {
			behaviors = List.copyOf(behaviors == null ? List.of() : behaviors);
		}

	}

	/** A strategic theme; weight 1–5. */
	public record Pillar(String key, String name, String description, int weight) {
	}

	public record Team(String key, String name, String parent) {
	}

	public record Person(String key, String name, String email, String team) {
	}

	public record Seat(String key, String title, String team, String reportsTo, String contribution,
			List<String> responsibilities, String holder) {

		public Seat {
			responsibilities = List.copyOf(responsibilities == null ? List.of() : responsibilities);
		}

	}

	public record Initiative(String key, String name, String description, String owner, InitiativeStatus status,
			LocalDate start, LocalDate end, BigDecimal budget, BigDecimal fte, List<String> pillars,
			List<String> objectives, List<String> addresses, Integer progress) {

		public Initiative {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
			objectives = List.copyOf(objectives == null ? List.of() : objectives);
			addresses = List.copyOf(addresses == null ? List.of() : addresses);
		}

	}

	public enum InitiativeStatus {

		PROPOSED, PLANNED, ACTIVE, PAUSED, COMPLETED, CANCELLED

	}

	public record Objective(String key, String title, String description, String owner, String team, String parent,
			List<String> pillars, int priority, LocalDate start, LocalDate due, ObjectiveStatus status,
			List<KeyResult> keyResults) {

		public Objective {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
			keyResults = List.copyOf(keyResults == null ? List.of() : keyResults);
		}

	}

	public enum ObjectiveStatus {

		PLANNED, ACTIVE, COMPLETED, CANCELLED

	}

	/** {@code target} null means "no numeric target" (the SMART_MEASURABLE finding). */
	public record KeyResult(String key, String title, String unit, BigDecimal baseline, BigDecimal target,
			Direction direction, List<CheckIn> checkIns) {

		public KeyResult {
			checkIns = List.copyOf(checkIns == null ? List.of() : checkIns);
		}

	}

	public enum Direction {

		INCREASE, DECREASE

	}

	/** Confidence 0–1, or null when not given. */
	public record CheckIn(LocalDate date, BigDecimal value, BigDecimal confidence, String note) {
	}

	public record Kpi(String key, String name, String unit, String owner, List<String> pillars, Cadence cadence,
			BigDecimal target, Direction direction, Thresholds thresholds, List<Measurement> measurements) {

		public Kpi {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
			measurements = List.copyOf(measurements == null ? List.of() : measurements);
		}

	}

	public enum Cadence {

		WEEKLY(7), MONTHLY(30), QUARTERLY(91);

		private final int days;

		Cadence(int days) {
			this.days = days;
		}

		public int days() {
			return this.days;
		}

	}

	public record Thresholds(BigDecimal red, BigDecimal green) {
	}

	public record Measurement(LocalDate date, BigDecimal value) {
	}

	/**
	 * Audit thresholds for this organization; a null field means the default of PRODUCT.md's "Audit
	 * findings v1" (shown in brackets).
	 */
	public record AuditSettings(Integer zombieInactivityDays /* 60 */, Integer offTrackPoints /* 25 */,
			BigDecimal offTrackConfidence /* 0.4 */, Integer staleObjectiveDays /* 30 */,
			BigDecimal achievableRateMultiple /* 3 */, BigDecimal misallocationTolerance /* 0.5 */,
			Integer overloadedOwnerMax /* 5 */, BigDecimal staleKpiCadenceMultiple /* 1.5 */,
			Integer anonymityMinimum /* 5 */, BigDecimal lowSentimentShare /* 0.6 */,
			Integer perceptionGapPoints /* 25 */, Integer unresolvedConcernDays /* 30 */) {

		public static final AuditSettings DEFAULTS = new AuditSettings(null, null, null, null, null, null, null, null,
				null, null, null, null);

	}
}
