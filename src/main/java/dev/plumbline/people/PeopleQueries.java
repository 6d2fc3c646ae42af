package dev.plumbline.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.IndexHints;
import dev.plumbline.shared.Reads;

/**
 * The read side of teams and people, for pages and other modules. One query per list.
 */
@Component
@Reads
public class PeopleQueries {

	private final JdbcClient jdbc;

	private final IndexHints hints;

	PeopleQueries(JdbcClient jdbc, IndexHints hints) {
		this.jdbc = jdbc;
		this.hints = hints;
	}

	public List<Team> teams(UUID organizationId) {
		return this.jdbc.sql(SELECT_TEAM + " WHERE t.organization_id = :org ORDER BY t.name")
			.param("org", organizationId)
			.query(PeopleQueries::team)
			.list();
	}

	/**
	 * A team picker's choices: at most {@code limit} teams whose name or key contains {@code search} (every
	 * team when blank), by name, plus the team already chosen (first). Pickers ask for this instead of
	 * {@link #teams(UUID)}: an organization of eight hundred teams would otherwise put eight hundred options
	 * on every objectives list.
	 */
	public TeamPicker teamPicker(UUID organizationId, String search, UUID chosen, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
		}
		String text = search == null ? "" : search.strip();
		List<Team> found = new java.util.ArrayList<>(this.jdbc.sql(teamPickerSql(!text.isEmpty()))
			.param("org", organizationId)
			.param("pattern", containing(text))
			.param("limit", limit + 1)
			.query(PeopleQueries::team)
			.list());
		boolean more = found.size() > limit;
		if (more) {
			found.remove(limit);
		}
		if (chosen != null && found.stream().noneMatch(team -> team.id().equals(chosen))) {
			this.jdbc.sql(SELECT_TEAM + " WHERE t.organization_id = :org AND t.id = :id")
				.param("org", organizationId)
				.param("id", chosen)
				.query(PeopleQueries::team)
				.optional()
				.ifPresent(team -> found.add(0, team));
		}
		return new TeamPicker(List.copyOf(found), more, text);
	}

	/** Choices of a team picker; {@code more} when the search matched more teams than it shows. */
	public record TeamPicker(List<Team> teams, boolean more, String search) {
	}

	public List<Person> people(UUID organizationId) {
		return this.jdbc.sql(SELECT_PERSON + " WHERE p.organization_id = :org ORDER BY p.name")
			.param("org", organizationId)
			.query(PeopleQueries::person)
			.list();
	}

	/**
	 * A person picker's choices: at most {@code limit} people whose name contains {@code search} (everyone
	 * when blank), by name, plus the person already chosen. Pickers ask for this instead of
	 * {@link #people(UUID)}: an organization of ten thousand people would otherwise put ten thousand
	 * options on every list page.
	 */
	public Picker picker(UUID organizationId, String search, UUID chosen, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
		}
		String text = search == null ? "" : search.strip();
		List<Person> found = new java.util.ArrayList<>(this.jdbc.sql(pickerSql(!text.isEmpty()))
			.param("org", organizationId)
			.params(text.isEmpty() ? Map.of() : Map.of("pattern", containing(text)))
			.param("limit", limit + 1)
			.query(PeopleQueries::person)
			.list());
		boolean more = found.size() > limit;
		if (more) {
			found.remove(limit);
		}
		if (chosen != null && found.stream().noneMatch(person -> person.id().equals(chosen))) {
			person(organizationId, chosen).ifPresent(person -> found.add(0, person));
		}
		return new Picker(List.copyOf(found), more, text);
	}

	/**
	 * The query of a person picker (parameters org, limit and, when {@code searching}, pattern). The first
	 * people by name come straight from person_name_idx (V034), read in order up to the limit: H2 does so only
	 * when hinted and ordered by every column of the index — else it sorts all 10,000 people of scale L.
	 */
	String pickerSql(boolean searching) {
		return selectPerson(this.hints.table("person p", "person_name_idx")) + " WHERE p.organization_id = :org"
				+ (searching ? " AND LOWER(p.name) LIKE :pattern ESCAPE '\\'" : "")
				+ " ORDER BY p.organization_id, p.name, p.id LIMIT :limit";
	}

	/** The query of a team picker, read in team_name_idx's order (V038) as {@link #pickerSql} reads people. */
	String teamPickerSql(boolean searching) {
		return selectTeam(this.hints.table("team t", "team_name_idx")) + " WHERE t.organization_id = :org"
				+ (searching ? " AND (LOWER(t.name) LIKE :pattern ESCAPE '\\'"
						+ " OR LOWER(t.team_key) LIKE :pattern ESCAPE '\\')" : "")
				+ " ORDER BY t.organization_id, t.name, t.id LIMIT :limit";
	}

	/** Choices of a person picker; {@code more} when the search matched more people than it shows. */
	public record Picker(List<Person> people, boolean more, String search) {
	}

	public Optional<Person> person(UUID organizationId, UUID personId) {
		return this.jdbc.sql(SELECT_PERSON + " WHERE p.organization_id = :org AND p.id = :id")
			.param("org", organizationId)
			.param("id", personId)
			.query(PeopleQueries::person)
			.optional();
	}

	public Optional<Person> personByKey(UUID organizationId, String key) {
		return this.jdbc.sql(SELECT_PERSON + " WHERE p.organization_id = :org AND p.person_key = :key")
			.param("org", organizationId)
			.param("key", key)
			.query(PeopleQueries::person)
			.optional();
	}

	/** The person who is this account in the organization (same e-mail), if any. */
	public Optional<Person> personForEmail(UUID organizationId, String email) {
		return this.jdbc.sql(SELECT_PERSON + " WHERE p.organization_id = :org AND lower(p.email) = lower(:email)")
			.param("org", organizationId)
			.param("email", email)
			.query(PeopleQueries::person)
			.list()
			.stream()
			.findFirst();
	}

	public Optional<Team> teamByKey(UUID organizationId, String key) {
		return teams(organizationId).stream().filter(t -> t.key().equals(key)).findFirst();
	}

	/** Key → id of every person of the organization, in one query (for bulk loads). */
	public Map<String, UUID> personIds(UUID organizationId) {
		return ids("SELECT person_key AS k, id FROM person WHERE organization_id = :org", organizationId);
	}

	/** Key → id of every team of the organization, in one query (for bulk loads). */
	public Map<String, UUID> teamIds(UUID organizationId) {
		return ids("SELECT team_key AS k, id FROM team WHERE organization_id = :org", organizationId);
	}

	/** Every person of the organization by id (their key and name), in one query. */
	public Map<UUID, Person> peopleById(UUID organizationId) {
		Map<UUID, Person> people = new HashMap<>();
		people(organizationId).forEach(person -> people.put(person.id(), person));
		return people;
	}

	/** Every team of the organization by id (its key and name), in one query. */
	public Map<UUID, Team> teamsById(UUID organizationId) {
		Map<UUID, Team> teams = new HashMap<>();
		teams(organizationId).forEach(team -> teams.put(team.id(), team));
		return teams;
	}

	private Map<String, UUID> ids(String sql, UUID organizationId) {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc.sql(sql).param("org", organizationId).query(rs -> {
			ids.put(rs.getString("k"), rs.getObject("id", UUID.class));
		});
		return ids;
	}

	private static final String SELECT_PERSON = selectPerson("person p");

	private static final String SELECT_TEAM = selectTeam("team t");

	/** The columns of a {@link Person} from {@code person} (aliased {@code p}, perhaps with an index hint). */
	private static String selectPerson(String person) {
		return "SELECT p.id, p.person_key, p.name, p.email, t.team_key, t.name AS team_name FROM " + person
				+ " LEFT JOIN team t ON t.id = p.team_id";
	}

	/** The columns of a {@link Team} from {@code team} (aliased {@code t}, perhaps with an index hint). */
	private static String selectTeam(String team) {
		return "SELECT t.id, t.team_key, t.name, p.team_key AS parent_key FROM " + team
				+ " LEFT JOIN team p ON p.id = t.parent_id";
	}

	/** A LIKE pattern (escape character backslash) for names containing {@code text}, ignoring case. */
	private static String containing(String text) {
		return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

	private static Team team(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Team(rs.getObject("id", UUID.class), rs.getString("team_key"), rs.getString("name"),
				rs.getString("parent_key"));
	}

	private static Person person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Person(rs.getObject("id", UUID.class), rs.getString("person_key"), rs.getString("name"),
				rs.getString("email"), rs.getString("team_key"), rs.getString("team_name"));
	}

}
