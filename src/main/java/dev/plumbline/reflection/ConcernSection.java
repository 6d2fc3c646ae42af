package dev.plumbline.reflection;

import java.sql.Types;
import java.time.LocalDate;
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
import dev.plumbline.interchange.PracticeModel.ConcernStatus;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionTables;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;

/**
 * The {@code concerns} section of an organization file; pillars keep the file's order.
 */
@Component
class ConcernSection implements OrganizationSection {

	static final String SECTION = "concerns";

	private static final int[] CONCERN_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.OTHER,
			Types.DATE, Types.VARCHAR };

	private static final int[] PILLAR_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PeopleQueries people;

	ConcernSection(JdbcClient jdbc, JdbcTemplate template, PeopleQueries people) {
		this.jdbc = jdbc;
		this.template = template;
		this.people = people;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(), "concern_pillar", "concern");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> persons = this.people.personIds(org);
		try (BatchInsert concerns = new BatchInsert(this.template, """
				INSERT INTO concern (id, organization_id, concern_key, title, raised_by_id, raised_on, status)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", CONCERN_TYPES, context, SECTION, true);
				BatchInsert pillars = new BatchInsert(this.template,
						"INSERT INTO concern_pillar (organization_id, concern_id, position, pillar_key) VALUES (?, ?, ?, ?)",
						PILLAR_TYPES, context, SECTION, false)
					.after(concerns)) {
			for (OrganizationFile.Concern concern : file.concerns()) {
				UUID id = context.newId();
				concerns.add(id, org, concern.key(), concern.title(),
						concern.raisedBy() == null ? null : persons.get(concern.raisedBy()), concern.raised(),
						concern.status().name());
				for (int i = 0; i < concern.pillars().size(); i++) {
					pillars.add(org, id, i, concern.pillars().get(i));
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		return file.withConcerns(read(organizationId, null).stream()
			.map(c -> new OrganizationFile.Concern(c.key(), c.title(), c.raisedByKey(), c.raised(), c.status(),
					c.pillars()))
			.toList());
	}

	/** Every concern of the organization by key; only the one with {@code key} when it is not null. */
	List<Concern> read(UUID organizationId, String key) {
		String only = key == null ? "" : " AND c.concern_key = :key";
		Map<String, Object> params = new HashMap<>();
		params.put("org", organizationId);
		if (key != null) {
			params.put("key", key);
		}
		Map<UUID, List<String>> pillars = new HashMap<>();
		this.jdbc.sql("SELECT p.concern_id, p.pillar_key FROM concern_pillar p JOIN concern c ON c.id = p.concern_id "
				+ "WHERE p.organization_id = :org" + only + " ORDER BY p.concern_id, p.position")
			.params(params)
			.query(rs -> {
				pillars.computeIfAbsent(rs.getObject("concern_id", UUID.class), k -> new ArrayList<>())
					.add(rs.getString("pillar_key"));
			});
		Map<UUID, Person> people = this.people.peopleById(organizationId);
		return this.jdbc.sql("""
				SELECT c.id, c.concern_key, c.title, c.raised_by_id, c.raised_on, c.status
				FROM concern c WHERE c.organization_id = :org""" + only)
			.params(params)
			.query((rs, n) -> {
				Person by = people.get(rs.getObject("raised_by_id", UUID.class));
				return new Concern(rs.getString("concern_key"), rs.getString("title"), by == null ? null : by.key(),
						by == null ? null : by.name(), rs.getObject("raised_on", LocalDate.class),
						ConcernStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
						pillars.getOrDefault(rs.getObject("id", UUID.class), List.of()));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(Concern::key))
			.toList();
	}

}
