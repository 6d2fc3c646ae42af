package dev.plumbline.journey;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PracticeModel.PainSeverity;
import dev.plumbline.interchange.PracticeModel.Stage;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionTables;

/**
 * The {@code journeys} section of an organization file. Stages, touchpoints and pain points keep the
 * file's order (a position column); journeys are exported by key.
 */
@Component
class JourneySection implements OrganizationSection {

	static final String SECTION = "journeys";

	private static final int[] JOURNEY_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR };

	private static final int[] STAGE_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
			Types.INTEGER };

	private static final int[] TOUCHPOINT_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR };

	private static final int[] PAIN_POINT_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JourneySection(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(),
				"pain_point", "journey_touchpoint", "journey_stage", "journey");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		try (BatchInsert journeys = new BatchInsert(this.template,
				"INSERT INTO journey (id, organization_id, journey_key, name, persona) VALUES (?, ?, ?, ?, ?)",
				JOURNEY_TYPES, context, SECTION, true);
				BatchInsert stages = new BatchInsert(this.template,
						"INSERT INTO journey_stage (id, organization_id, journey_id, stage_key, name, position) VALUES (?, ?, ?, ?, ?, ?)",
						STAGE_TYPES, context, SECTION, true)
					.after(journeys);
				BatchInsert touchpoints = new BatchInsert(this.template,
						"INSERT INTO journey_touchpoint (organization_id, stage_id, position, touchpoint) VALUES (?, ?, ?, ?)",
						TOUCHPOINT_TYPES, context, SECTION, true)
					.after(stages);
				BatchInsert painPoints = new BatchInsert(this.template, """
						INSERT INTO pain_point (id, organization_id, stage_id, pain_point_key, description, severity, evidence, position)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", PAIN_POINT_TYPES, context, SECTION, true)
					.after(stages)) {
			for (Journey journey : file.journeys()) {
				UUID journeyId = context.newId();
				journeys.add(journeyId, org, journey.key(), journey.name(), journey.persona());
				for (int s = 0; s < journey.stages().size(); s++) {
					Stage stage = journey.stages().get(s);
					UUID stageId = context.newId();
					stages.add(stageId, org, journeyId, stage.key(), stage.name(), s);
					for (int t = 0; t < stage.touchpoints().size(); t++) {
						touchpoints.add(org, stageId, t, stage.touchpoints().get(t));
					}
					for (int p = 0; p < stage.painPoints().size(); p++) {
						PainPoint pain = stage.painPoints().get(p);
						painPoints.add(context.newId(), org, stageId, pain.key(), pain.description(),
								pain.severity() == null ? null : pain.severity().name(), pain.evidence(), p);
					}
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		return file.withJourneys(read(organizationId, null).stream().sorted(Comparator.comparing(Journey::key)).toList());
	}

	private static PainSeverity severity(String value) {
		return value == null ? null : PainSeverity.valueOf(value.toUpperCase(Locale.ROOT));
	}

	/** The organization's journeys, whole; only the one with {@code key} when it is not null. */
	List<Journey> read(UUID organizationId, String key) {
		String only = key == null ? "" : " AND j.journey_key = :key";
		Map<String, Object> params = new HashMap<>();
		params.put("org", organizationId);
		if (key != null) {
			params.put("key", key);
		}
		Map<UUID, List<String>> touchpoints = new HashMap<>();
		this.jdbc.sql("""
				SELECT tp.stage_id, tp.touchpoint FROM journey_touchpoint tp
				JOIN journey_stage s ON s.id = tp.stage_id JOIN journey j ON j.id = s.journey_id
				WHERE tp.organization_id = :org""" + only + " ORDER BY tp.stage_id, tp.position")
			.params(params)
			.query(rs -> {
				touchpoints.computeIfAbsent(rs.getObject("stage_id", UUID.class), k -> new ArrayList<>())
					.add(rs.getString("touchpoint"));
			});
		Map<UUID, List<PainPoint>> painPoints = new HashMap<>();
		this.jdbc.sql("""
				SELECT pp.stage_id, pp.pain_point_key, pp.description, pp.severity, pp.evidence FROM pain_point pp
				JOIN journey_stage s ON s.id = pp.stage_id JOIN journey j ON j.id = s.journey_id
				WHERE pp.organization_id = :org""" + only + " ORDER BY pp.stage_id, pp.position")
			.params(params)
			.query(rs -> {
				painPoints.computeIfAbsent(rs.getObject("stage_id", UUID.class), k -> new ArrayList<>())
					.add(new PainPoint(rs.getString("pain_point_key"), rs.getString("description"),
							severity(rs.getString("severity")),
							rs.getString("evidence")));
			});
		Map<UUID, List<Stage>> stages = new HashMap<>();
		this.jdbc.sql("""
				SELECT s.id, s.journey_id, s.stage_key, s.name FROM journey_stage s JOIN journey j ON j.id = s.journey_id
				WHERE s.organization_id = :org""" + only + " ORDER BY s.journey_id, s.position")
			.params(params)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				stages.computeIfAbsent(rs.getObject("journey_id", UUID.class), k -> new ArrayList<>())
					.add(new Stage(rs.getString("stage_key"), rs.getString("name"),
							touchpoints.getOrDefault(id, List.of()), painPoints.getOrDefault(id, List.of())));
			});
		return this.jdbc.sql("SELECT j.id, j.journey_key, j.name, j.persona FROM journey j WHERE j.organization_id = :org"
				+ only)
			.params(params)
			.query((rs, n) -> new Journey(rs.getString("journey_key"), rs.getString("name"), rs.getString("persona"),
					stages.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

}
