package dev.plumbline.strategy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionKeys;
import dev.plumbline.interchange.SectionTables;
import dev.plumbline.interchange.SectionValues;

/**
 * Initiatives of an organization file with their pillars, objectives and addressed pain points, written
 * in JDBC batches; owners and objectives resolve through one query each.
 */
@Component
class InitiativeSection implements OrganizationSection {

	static final String NAME = "initiatives";

	private static final int[] INITIATIVE_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.DATE, Types.DATE, Types.NUMERIC, Types.NUMERIC,
			Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE };

	private static final int[] LINK_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR };

	private static final int[] OBJECTIVE_LINK_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	InitiativeSection(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(),
				"initiative_pain_point", "initiative_objective", "initiative_pillar", "initiative");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> people = SectionKeys.ids(this.jdbc, "person", "person_key", org);
		Map<String, UUID> objectives = SectionKeys.ids(this.jdbc, "objective", "objective_key", org);
		Map<String, UUID> initiatives = new HashMap<>();
		file.initiatives().forEach(i -> initiatives.put(i.key(), context.newId()));
		Timestamp now = Timestamp.from(context.now());
		try (BatchInsert insert = new BatchInsert(this.template, """
				INSERT INTO initiative (id, organization_id, initiative_key, name, description, owner_id, status,
				  start_date, end_date, budget, fte, progress, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", INITIATIVE_TYPES, context, NAME, true)) {
			for (OrganizationFile.Initiative i : file.initiatives()) {
				insert.add(initiatives.get(i.key()), org, i.key(), i.name(), SectionValues.orEmpty(i.description()),
						SectionKeys.ref(people, i.owner(), "person"),
						SectionValues.map(i.status() == null ? OrganizationFile.InitiativeStatus.PROPOSED : i.status(),
								InitiativeStatus.class)
							.name(),
						SectionValues.sqlDate(i.start()), SectionValues.sqlDate(i.end()), orZero(i.budget()),
						orZero(i.fte()), i.progress() == null ? 0 : i.progress(), now, now);
			}
		}
		try (BatchInsert pillars = link("initiative_pillar", "pillar_key", LINK_TYPES, context);
				BatchInsert links = link("initiative_objective", "objective_id", OBJECTIVE_LINK_TYPES, context);
				BatchInsert pains = link("initiative_pain_point", "pain_point_ref", LINK_TYPES, context)) {
			for (OrganizationFile.Initiative i : file.initiatives()) {
				UUID id = initiatives.get(i.key());
				i.pillars().forEach(p -> pillars.add(org, id, p));
				i.objectives().forEach(o -> links.add(org, id, SectionKeys.ref(objectives, o, "objective")));
				i.addresses().forEach(a -> pains.add(org, id, a));
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		Map<UUID, List<String>> pillars = links(organizationId,
				"SELECT initiative_id, pillar_key FROM initiative_pillar WHERE organization_id = :org");
		Map<UUID, List<String>> objectives = links(organizationId, """
				SELECT l.initiative_id, o.objective_key FROM initiative_objective l JOIN objective o ON o.id = l.objective_id
				WHERE l.organization_id = :org
				""");
		Map<UUID, List<String>> addresses = links(organizationId,
				"SELECT initiative_id, pain_point_ref FROM initiative_pain_point WHERE organization_id = :org");
		List<OrganizationFile.Initiative> initiatives = this.jdbc.sql("""
				SELECT i.id, i.initiative_key, i.name, i.description, p.person_key, i.status, i.start_date, i.end_date,
				       i.budget, i.fte, i.progress
				FROM initiative i LEFT JOIN person p ON p.id = i.owner_id WHERE i.organization_id = :org
				""").param("org", organizationId).query((rs, n) -> {
			UUID id = rs.getObject(1, UUID.class);
			return new OrganizationFile.Initiative(rs.getString(2), rs.getString(3),
					SectionValues.optional(rs.getString(4)), rs.getString(5),
					OrganizationFile.InitiativeStatus.valueOf(rs.getString(6)),
					SectionValues.localDate(rs.getDate(7)), SectionValues.localDate(rs.getDate(8)),
					SectionValues.decimal(rs.getBigDecimal(9)), SectionValues.decimal(rs.getBigDecimal(10)),
					pillars.getOrDefault(id, List.of()), objectives.getOrDefault(id, List.of()),
					addresses.getOrDefault(id, List.of()), rs.getInt(11));
		}).list().stream().sorted(Comparator.comparing(OrganizationFile.Initiative::key)).toList();
		return file.withInitiatives(initiatives);
	}

	private BatchInsert link(String table, String column, int[] types, ImportContext context) {
		return new BatchInsert(this.template,
				"INSERT INTO " + table + " (organization_id, initiative_id, " + column + ") VALUES (?, ?, ?)", types,
				context, NAME, false);
	}

	/** Each initiative's links, sorted. */
	private Map<UUID, List<String>> links(UUID org, String sql) {
		Map<UUID, List<String>> links = new HashMap<>();
		this.jdbc.sql(sql).param("org", org).query(rs -> {
			links.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
		});
		links.values().forEach(list -> list.sort(Comparator.naturalOrder()));
		return links;
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
