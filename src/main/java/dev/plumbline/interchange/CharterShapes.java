package dev.plumbline.interchange;

import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.interchange.PlanModel.Charter;
import dev.plumbline.interchange.PlanModel.Organization;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PlanModel.Value;

import static dev.plumbline.interchange.Structures.list;
import static dev.plumbline.interchange.Structures.object;
import static dev.plumbline.interchange.Types.KEY;
import static dev.plumbline.interchange.Types.TEXT;
import static dev.plumbline.interchange.Types.decimal;
import static dev.plumbline.interchange.Types.whole;

/**
 * The organization, its charter (vision, mission, values, pillars) and its audit thresholds.
 */
final class CharterShapes {

	static final Shape<Organization> ORGANIZATION = Shape
		.of("organization", v -> new Organization(v.get("name"), v.get("slug")))
		.required("name", TEXT, Organization::name)
		.optional("slug", Types.patterned("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?",
				"must be 2 to 40 lower-case letters, digits and inner hyphens"), Organization::slug);

	static final Shape<Value> VALUE = Shape
		.of("value", v -> new Value(v.get("key"), v.get("name"), v.get("description"), v.list("behaviors")))
		.required("key", KEY, Value::key)
		.required("name", TEXT, Value::name)
		.optional("description", TEXT, Value::description)
		.optional("behaviors", list(TEXT), Value::behaviors);

	/** Weight 1–5; 1 when not given. */
	static final Shape<Pillar> PILLAR = Shape
		.of("pillar", v -> new Pillar(v.get("key"), v.get("name"), v.get("description"), v.get("weight", 1)))
		.required("key", KEY, Pillar::key)
		.required("name", TEXT, Pillar::name)
		.optional("description", TEXT, Pillar::description)
		.optional("weight", whole(1, 5), Pillar::weight);

	static final Shape<Charter> CHARTER = Shape
		.of("charter", v -> new Charter(v.get("vision", ""), v.get("mission", ""), v.list("values"), v.list("pillars")))
		.optional("vision", TEXT, Charter::vision)
		.optional("mission", TEXT, Charter::mission)
		.optional("values", list(object(VALUE)), Charter::values)
		.optional("pillars", list(object(PILLAR)), Charter::pillars);

	static final Shape<AuditSettings> AUDIT = Shape
		.of("auditSettings",
				v -> new AuditSettings(v.get("zombieInactivityDays"), v.get("offTrackPoints"), v.get("offTrackConfidence"),
						v.get("staleObjectiveDays"), v.get("achievableRateMultiple"), v.get("misallocationTolerance"),
						v.get("overloadedOwnerMax"), v.get("staleKpiCadenceMultiple"), v.get("anonymityMinimum"),
						v.get("lowSentimentShare"), v.get("perceptionGapPoints"), v.get("unresolvedConcernDays")))
		.optional("zombieInactivityDays", whole(1, null), AuditSettings::zombieInactivityDays)
		.optional("offTrackPoints", whole(0, 100), AuditSettings::offTrackPoints)
		.optional("offTrackConfidence", decimal("0", "1"), AuditSettings::offTrackConfidence)
		.optional("staleObjectiveDays", whole(1, null), AuditSettings::staleObjectiveDays)
		.optional("achievableRateMultiple", decimal("1", null), AuditSettings::achievableRateMultiple)
		.optional("misallocationTolerance", decimal("0", "1"), AuditSettings::misallocationTolerance)
		.optional("overloadedOwnerMax", whole(0, null), AuditSettings::overloadedOwnerMax)
		.optional("staleKpiCadenceMultiple", decimal("1", null), AuditSettings::staleKpiCadenceMultiple)
		.optional("anonymityMinimum", whole(1, null), AuditSettings::anonymityMinimum)
		.optional("lowSentimentShare", decimal("0", "1"), AuditSettings::lowSentimentShare)
		.optional("perceptionGapPoints", whole(0, 100), AuditSettings::perceptionGapPoints)
		.optional("unresolvedConcernDays", whole(1, null), AuditSettings::unresolvedConcernDays);

	private CharterShapes() {
	}

}
