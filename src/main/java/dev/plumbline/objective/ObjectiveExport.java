package dev.plumbline.objective;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.SectionValues;

/**
 * Reads an organization's objectives back into the file model with four queries (objectives, pillars,
 * key results, check-ins), in a stable order: objectives by key, pillars by key, key results by
 * position, check-ins by date, value, note and confidence.
 */
class ObjectiveExport {

	private final JdbcClient jdbc;

	private final UUID org;

	ObjectiveExport(JdbcClient jdbc, UUID org) {
		this.jdbc = jdbc;
		this.org = org;
	}

	private record Row(UUID id, OrganizationFile.Objective objective) {
	}

	List<OrganizationFile.Objective> objectives() {
		Map<UUID, List<String>> pillars = new HashMap<>();
		this.jdbc.sql("SELECT objective_id, pillar_key FROM objective_pillar WHERE organization_id = :org")
			.param("org", this.org)
			.query(rs -> {
				pillars.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<UUID, List<KeyResult>> keyResults = keyResults();
		List<Row> rows = this.jdbc.sql("""
				SELECT o.id, o.objective_key, o.title, o.description, pe.person_key, t.team_key, pa.objective_key,
				       o.priority, o.start_date, o.due_date, o.status
				FROM objective o LEFT JOIN person pe ON pe.id = o.owner_id LEFT JOIN team t ON t.id = o.team_id
				     LEFT JOIN objective pa ON pa.id = o.parent_id
				WHERE o.organization_id = :org
				""").param("org", this.org).query((rs, i) -> row(rs, pillars, keyResults)).list();
		return rows.stream()
			.map(Row::objective)
			.sorted(Comparator.comparing(OrganizationFile.Objective::key))
			.toList();
	}

	private static Row row(ResultSet rs, Map<UUID, List<String>> pillars, Map<UUID, List<KeyResult>> keyResults)
			throws SQLException {
		UUID id = rs.getObject(1, UUID.class);
		List<String> keys = new ArrayList<>(pillars.getOrDefault(id, List.of()));
		keys.sort(Comparator.naturalOrder());
		return new Row(id, new OrganizationFile.Objective(rs.getString(2), rs.getString(3),
				SectionValues.optional(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), keys,
				rs.getInt(8), SectionValues.localDate(rs.getDate(9)), SectionValues.localDate(rs.getDate(10)),
				OrganizationFile.ObjectiveStatus.valueOf(rs.getString(11)), keyResults.getOrDefault(id, List.of())));
	}

	private Map<UUID, List<KeyResult>> keyResults() {
		Map<UUID, List<CheckIn>> checkIns = new HashMap<>();
		this.jdbc.sql("""
				SELECT key_result_id, check_date, check_value, confidence, note FROM check_in WHERE organization_id = :org
				""").param("org", this.org).query(rs -> {
			checkIns.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(new CheckIn(rs.getDate(2).toLocalDate(), SectionValues.decimal(rs.getBigDecimal(3)),
						SectionValues.decimal(rs.getBigDecimal(4)), SectionValues.optional(rs.getString(5))));
		});
		Map<UUID, List<KeyResult>> keyResults = new HashMap<>();
		this.jdbc.sql("""
				SELECT id, objective_id, kr_key, title, unit, baseline, target, direction FROM key_result
				WHERE organization_id = :org ORDER BY objective_id, position, kr_key
				""").param("org", this.org).query(rs -> {
			UUID id = rs.getObject(1, UUID.class);
			keyResults.computeIfAbsent(rs.getObject(2, UUID.class), o -> new ArrayList<>())
				.add(new KeyResult(rs.getString(3), rs.getString(4), SectionValues.optional(rs.getString(5)),
						SectionValues.decimal(rs.getBigDecimal(6)), SectionValues.decimal(rs.getBigDecimal(7)),
						OrganizationFile.Direction.valueOf(rs.getString(8)),
						ObjectiveSection.sorted(checkIns.getOrDefault(id, List.of()))));
		});
		return keyResults;
	}

}
