package dev.plumbline.audit;

import java.math.BigDecimal;

import dev.plumbline.interchange.PlanModel.AuditSettings;

/**
 * Every threshold of "Audit findings v1" (PRODUCT.md). {@link #DEFAULTS} holds the table's defaults;
 * {@link #of(AuditSettings)} lets an organization's non-null settings override them.
 *
 * @param zombieInactivityDays ZOMBIE_INITIATIVE: days without movement (60)
 * @param offTrackPoints OFF_TRACK: points by which progress may trail elapsed time (25)
 * @param offTrackConfidence OFF_TRACK: latest confidence below this is off track (0.4)
 * @param staleObjectiveDays STALE_OBJECTIVE: days without a check-in (30)
 * @param achievableRateMultiple SMART_ACHIEVABLE: how many times the observed rate may be needed (3)
 * @param misallocationTolerance MISALLOCATED_RESOURCES: allowed difference as a part of the weight share (0.5)
 * @param overloadedOwnerMax OVERLOADED_OWNER: most active objectives and initiatives one person owns (5)
 * @param staleKpiCadenceMultiple STALE_KPI: how many cadences a KPI may go unmeasured (1.5)
 * @param anonymityMinimum surveys: fewest responses a group needs to show a figure (5)
 * @param lowSentimentShare LOW_ALIGNMENT_SENTIMENT: an average below this share of the scale is low (0.6)
 * @param perceptionGapPoints PERCEPTION_GAP: most points perceived and measured may differ (25)
 * @param unresolvedConcernDays UNRESOLVED_CONCERN: days a concern may stay raised or discussed (30)
 */
public record Thresholds(int zombieInactivityDays, int offTrackPoints, BigDecimal offTrackConfidence,
		int staleObjectiveDays, BigDecimal achievableRateMultiple, BigDecimal misallocationTolerance,
		int overloadedOwnerMax, BigDecimal staleKpiCadenceMultiple, int anonymityMinimum,
		BigDecimal lowSentimentShare, int perceptionGapPoints, int unresolvedConcernDays) {

	public static final Thresholds DEFAULTS = new Thresholds(60, 25, new BigDecimal("0.4"), 30, new BigDecimal("3"),
			new BigDecimal("0.5"), 5, new BigDecimal("1.5"), 5, new BigDecimal("0.6"), 25, 30);

	/** The defaults, overridden by every non-null field of {@code settings} (null settings: the defaults). */
	public static Thresholds of(AuditSettings settings) {
		if (settings == null) {
			return DEFAULTS;
		}
		Thresholds d = DEFAULTS;
		return new Thresholds(or(settings.zombieInactivityDays(), d.zombieInactivityDays()),
				or(settings.offTrackPoints(), d.offTrackPoints()),
				or(settings.offTrackConfidence(), d.offTrackConfidence()),
				or(settings.staleObjectiveDays(), d.staleObjectiveDays()),
				or(settings.achievableRateMultiple(), d.achievableRateMultiple()),
				or(settings.misallocationTolerance(), d.misallocationTolerance()),
				or(settings.overloadedOwnerMax(), d.overloadedOwnerMax()),
				or(settings.staleKpiCadenceMultiple(), d.staleKpiCadenceMultiple()),
				or(settings.anonymityMinimum(), d.anonymityMinimum()),
				or(settings.lowSentimentShare(), d.lowSentimentShare()),
				or(settings.perceptionGapPoints(), d.perceptionGapPoints()),
				or(settings.unresolvedConcernDays(), d.unresolvedConcernDays()));
	}

	private static <T> T or(T value, T fallback) {
		return value != null ? value : fallback;
	}

}
