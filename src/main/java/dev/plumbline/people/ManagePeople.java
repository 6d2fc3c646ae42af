package dev.plumbline.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.Keys;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * LEADERs and ADMINs add teams and people. Keys are the organization's own stable identifiers.
 */
@UseCase
public class ManagePeople {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final PeopleQueries queries;

	private final ApplicationEventPublisher events;

	ManagePeople(JdbcClient jdbc, PeopleQueries queries, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.events = events;
	}

	public record NewTeam(String key, String name, String parentKey) {
	}

	public record NewPerson(String key, String name, String email, String teamKey) {
	}

	public UUID addTeam(CurrentOrganization organization, NewTeam team) {
		organization.require(Permission.MANAGE_PEOPLE);
		List<FieldProblem> problems = new ArrayList<>();
		String key = key(team.key(), team.name());
		check(problems, key, team.name());
		UUID parent = null;
		if (team.parentKey() != null && !team.parentKey().isBlank()) {
			parent = this.queries.teamByKey(organization.id(), team.parentKey().strip()).map(Team::id).orElse(null);
			if (parent == null) {
				problems.add(new FieldProblem("parent", "no team has the key \"" + team.parentKey() + "\""));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = UUID.randomUUID();
		insert(key, this.jdbc.sql("INSERT INTO team (id, organization_id, team_key, name, parent_id) VALUES (:id, :org, :key, :name, :parent)")
			.param("id", id).param("org", organization.id()).param("key", key).param("name", team.name().strip())
			.param("parent", parent));
		this.events.publishEvent(new PeopleChanged(organization.id(), organization.userId(), "team.added",
				"team " + key, "Added team \"" + team.name().strip() + "\""));
		return id;
	}

	public UUID addPerson(CurrentOrganization organization, NewPerson person) {
		organization.require(Permission.MANAGE_PEOPLE);
		List<FieldProblem> problems = new ArrayList<>();
		String key = key(person.key(), person.name());
		check(problems, key, person.name());
		String email = person.email() == null || person.email().isBlank() ? null
				: person.email().strip().toLowerCase(Locale.ROOT);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add(new FieldProblem("email", "must be an e-mail address like name@example.org"));
		}
		UUID team = null;
		if (person.teamKey() != null && !person.teamKey().isBlank()) {
			team = this.queries.teamByKey(organization.id(), person.teamKey().strip()).map(Team::id).orElse(null);
			if (team == null) {
				problems.add(new FieldProblem("team", "no team has the key \"" + person.teamKey() + "\""));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = UUID.randomUUID();
		insert(key, this.jdbc.sql("INSERT INTO person (id, organization_id, person_key, name, email, team_id) VALUES (:id, :org, :key, :name, :email, :team)")
			.param("id", id).param("org", organization.id()).param("key", key).param("name", person.name().strip())
			.param("email", email).param("team", team));
		this.events.publishEvent(new PeopleChanged(organization.id(), organization.userId(), "person.added",
				"person " + key, "Added " + person.name().strip()));
		return id;
	}

	private static void insert(String key, JdbcClient.StatementSpec statement) {
		try {
			statement.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("key", "\"" + key + "\" is already used");
		}
	}

	private static void check(List<FieldProblem> problems, String key, String name) {
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "must not be empty"));
		}
		else if (name.strip().length() > 120) {
			problems.add(new FieldProblem("name", "must be at most 120 characters"));
		}
		if (!Keys.valid(key)) {
			problems.add(new FieldProblem("key", Keys.RULE));
		}
	}

	private static String key(String given, String name) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		String base = Keys.fromName(name);
		return base.isEmpty() ? "-" : base;
	}

}
