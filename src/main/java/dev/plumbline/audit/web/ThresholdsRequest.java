package dev.plumbline.audit.web;

import java.math.BigDecimal;

import dev.plumbline.interchange.PlanModel.AuditSettings;

/**
 * Audit thresholds as the API takes and returns them: null means the default. On PUT, {@code version}
 * is the version the change was made from (0 when never saved).
 */
record ThresholdsRequest(Long version, Integer zombieInactivityDays, Integer offTrackPoints,
		BigDecimal offTrackConfidence, Integer staleObjectiveDays, BigDecimal achievableRateMultiple,
		BigDecimal misallocationTolerance, Integer overloadedOwnerMax, BigDecimal staleKpiCadenceMultiple,
		Integer anonymityMinimum, BigDecimal lowSentimentShare, Integer perceptionGapPoints,
		Integer unresolvedConcernDays) {

	static ThresholdsRequest of(AuditSettings s, long version) {
		return new ThresholdsRequest(version, s.zombieInactivityDays(), s.offTrackPoints(), s.offTrackConfidence(),
				s.staleObjectiveDays(), s.achievableRateMultiple(), s.misallocationTolerance(), s.overloadedOwnerMax(),
				s.staleKpiCadenceMultiple(), s.anonymityMinimum(), s.lowSentimentShare(), s.perceptionGapPoints(),
				s.unresolvedConcernDays());
	}

	AuditSettings toSettings() {
		return new AuditSettings(this.zombieInactivityDays, this.offTrackPoints, this.offTrackConfidence,
				this.staleObjectiveDays, this.achievableRateMultiple, this.misallocationTolerance,
				this.overloadedOwnerMax, this.staleKpiCadenceMultiple, this.anonymityMinimum, this.lowSentimentShare,
				this.perceptionGapPoints, this.unresolvedConcernDays);
	}

}
