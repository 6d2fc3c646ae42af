package dev.plumbline.audit.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.plumbline.audit.Thresholds;
import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;

/**
 * The audit thresholds as a page shows them: each field's name (as in the file's {@code audit} block),
 * the findings it tunes, what it means, its default, and the parsing of typed text back into settings.
 */
final class ThresholdFields {

	record Field(String name, String codes, String meaning, String defaultValue, boolean whole,
			Function<AuditSettings, Object> read) {
	}

	static final List<Field> ALL = List.of(
			new Field("zombieInactivityDays", "ZOMBIE_INITIATIVE", "days without any movement before an active initiative is a zombie",
					"" + Thresholds.DEFAULTS.zombieInactivityDays(), true, AuditSettings::zombieInactivityDays),
			new Field("offTrackPoints", "OFF_TRACK", "points by which progress may trail the share of time elapsed",
					"" + Thresholds.DEFAULTS.offTrackPoints(), true, AuditSettings::offTrackPoints),
			new Field("offTrackConfidence", "OFF_TRACK", "latest confidence (0–1) below which an objective is off track",
					Thresholds.DEFAULTS.offTrackConfidence().toPlainString(), false, AuditSettings::offTrackConfidence),
			new Field("staleObjectiveDays", "STALE_OBJECTIVE", "days without a check-in before an objective is stale",
					"" + Thresholds.DEFAULTS.staleObjectiveDays(), true, AuditSettings::staleObjectiveDays),
			new Field("achievableRateMultiple", "SMART_ACHIEVABLE", "how many times the rate seen so far a key result may need",
					Thresholds.DEFAULTS.achievableRateMultiple().toPlainString(), false, AuditSettings::achievableRateMultiple),
			new Field("misallocationTolerance", "MISALLOCATED_RESOURCES", "how far (as a part of the weight share) a budget or FTE share may differ",
					Thresholds.DEFAULTS.misallocationTolerance().toPlainString(), false, AuditSettings::misallocationTolerance),
			new Field("overloadedOwnerMax", "OVERLOADED_OWNER", "most active objectives and initiatives one person owns",
					"" + Thresholds.DEFAULTS.overloadedOwnerMax(), true, AuditSettings::overloadedOwnerMax),
			new Field("staleKpiCadenceMultiple", "STALE_KPI", "how many cadences a KPI may go without a measurement",
					Thresholds.DEFAULTS.staleKpiCadenceMultiple().toPlainString(), false, AuditSettings::staleKpiCadenceMultiple),
			new Field("anonymityMinimum", "surveys", "fewest responses a team needs before its survey figures show",
					"" + Thresholds.DEFAULTS.anonymityMinimum(), true, AuditSettings::anonymityMinimum),
			new Field("lowSentimentShare", "LOW_ALIGNMENT_SENTIMENT", "share of the scale (0–1) below which a team's average is low",
					Thresholds.DEFAULTS.lowSentimentShare().toPlainString(), false, AuditSettings::lowSentimentShare),
			new Field("perceptionGapPoints", "PERCEPTION_GAP", "most points perceived and measured alignment may differ",
					"" + Thresholds.DEFAULTS.perceptionGapPoints(), true, AuditSettings::perceptionGapPoints),
			new Field("unresolvedConcernDays", "UNRESOLVED_CONCERN", "days a concern may stay raised or discussed",
					"" + Thresholds.DEFAULTS.unresolvedConcernDays(), true, AuditSettings::unresolvedConcernDays));

	private ThresholdFields() {
	}

	/** The settings as the form's text, blank where the default applies. */
	static Map<String, String> text(AuditSettings settings) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : ALL) {
			Object value = field.read().apply(settings);
			values.put(field.name(), value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
		}
		return values;
	}

	/** Parses typed text (blank = default) or names every field that is not a number. */
	static AuditSettings parse(Map<String, String> text) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>();
		for (Field field : ALL) {
			String raw = text.getOrDefault(field.name(), "");
			raw = raw == null ? "" : raw.strip();
			if (raw.isEmpty()) {
				values.put(field.name(), null);
				continue;
			}
			try {
				values.put(field.name(), field.whole() ? (Object) Integer.valueOf(raw) : new BigDecimal(raw));
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("audit." + field.name(),
						"must be " + (field.whole() ? "a whole number" : "a number") + " (was '" + raw + "')"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new AuditSettings((Integer) values.get("zombieInactivityDays"), (Integer) values.get("offTrackPoints"),
				(BigDecimal) values.get("offTrackConfidence"), (Integer) values.get("staleObjectiveDays"),
				(BigDecimal) values.get("achievableRateMultiple"), (BigDecimal) values.get("misallocationTolerance"),
				(Integer) values.get("overloadedOwnerMax"), (BigDecimal) values.get("staleKpiCadenceMultiple"),
				(Integer) values.get("anonymityMinimum"), (BigDecimal) values.get("lowSentimentShare"),
				(Integer) values.get("perceptionGapPoints"), (Integer) values.get("unresolvedConcernDays"));
	}

}
