package dev.plumbline.people;

import java.sql.Types;
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

/**
 * Teams and people of an organization file. Teams are inserted without their parent, then linked, so
 * that the order of the file does not matter.
 */
@Component
class PeopleSection implements OrganizationSection {

	static final String NAME = "people";

	private static final int[] TEAM_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR };

	private static final int[] PARENT_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER };

	private static final int[] PERSON_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.OTHER };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PeopleSection(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void clear(ImportContext context) {
		UUID org = context.organizationId();
		this.jdbc.sql("DELETE FROM person WHERE organization_id = :org").param("org", org).update();
		this.jdbc.sql("UPDATE team SET parent_id = NULL WHERE organization_id = :org AND parent_id IS NOT NULL")
			.param("org", org)
			.update();
		this.jdbc.sql("DELETE FROM team WHERE organization_id = :org").param("org", org).update();
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> teams = new HashMap<>();
		file.teams().forEach(team -> teams.put(team.key(), context.newId()));
		try (BatchInsert insert = new BatchInsert(this.template,
				"INSERT INTO team (id, organization_id, team_key, name) VALUES (?, ?, ?, ?)", TEAM_TYPES, context,
				NAME, true)) {
			file.teams().forEach(team -> insert.add(teams.get(team.key()), org, team.key(), team.name()));
		}
		try (BatchInsert parents = new BatchInsert(this.template,
				"UPDATE team SET parent_id = ? WHERE id = ? AND organization_id = ?", PARENT_TYPES, context, NAME,
				false)) {
			file.teams()
				.stream()
				.filter(team -> team.parent() != null)
				.forEach(team -> parents.add(SectionKeys.ref(teams, team.parent(), "team"), teams.get(team.key()), org));
		}
		try (BatchInsert insert = new BatchInsert(this.template,
				"INSERT INTO person (id, organization_id, person_key, name, email, team_id) VALUES (?, ?, ?, ?, ?, ?)",
				PERSON_TYPES, context, NAME, true)) {
			file.people()
				.forEach(person -> insert.add(context.newId(), org, person.key(), person.name(), person.email(),
						person.team() == null ? null : SectionKeys.ref(teams, person.team(), "team")));
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		List<OrganizationFile.Team> teams = this.jdbc.sql("""
				SELECT t.team_key, t.name, p.team_key AS parent_key FROM team t LEFT JOIN team p ON p.id = t.parent_id
				WHERE t.organization_id = :org ORDER BY t.team_key
				""")
			.param("org", organizationId)
			.query((rs, i) -> new OrganizationFile.Team(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.sorted(Comparator.comparing(OrganizationFile.Team::key))
			.toList();
		List<OrganizationFile.Person> people = this.jdbc.sql("""
				SELECT p.person_key, p.name, p.email, t.team_key FROM person p LEFT JOIN team t ON t.id = p.team_id
				WHERE p.organization_id = :org ORDER BY p.person_key
				""")
			.param("org", organizationId)
			.query((rs, i) -> new OrganizationFile.Person(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list()
			.stream()
			.sorted(Comparator.comparing(OrganizationFile.Person::key))
			.toList();
		return file.withTeams(teams).withPeople(people);
	}

}
