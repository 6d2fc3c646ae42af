package dev.plumbline.people.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Requires;
import dev.plumbline.people.ManagePeople;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;
import dev.plumbline.people.Team;

/**
 * {@code /api/v1/orgs/{slug}/teams} and {@code /people}.
 */
@RestController
class PeopleApiController {

	private final PeopleQueries queries;

	private final ManagePeople managePeople;

	PeopleApiController(PeopleQueries queries, ManagePeople managePeople) {
		this.queries = queries;
		this.managePeople = managePeople;
	}

	@GetMapping("/api/v1/orgs/{slug}/teams")
	List<Team> teams(@PathVariable String slug, CurrentOrganization organization) {
		return this.queries.teams(organization.id());
	}

	@Requires(Permission.MANAGE_PEOPLE)
	@PostMapping("/api/v1/orgs/{slug}/teams")
	@ResponseStatus(HttpStatus.CREATED)
	Team addTeam(@PathVariable String slug, CurrentOrganization organization, @RequestBody ManagePeople.NewTeam team) {
		var id = this.managePeople.addTeam(organization, team);
		return this.queries.teams(organization.id()).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
	}

	@GetMapping("/api/v1/orgs/{slug}/people")
	List<Person> people(@PathVariable String slug, CurrentOrganization organization) {
		return this.queries.people(organization.id());
	}

	@Requires(Permission.MANAGE_PEOPLE)
	@PostMapping("/api/v1/orgs/{slug}/people")
	@ResponseStatus(HttpStatus.CREATED)
	Person addPerson(@PathVariable String slug, CurrentOrganization organization,
			@RequestBody ManagePeople.NewPerson person) {
		return this.queries.person(organization.id(), this.managePeople.addPerson(organization, person)).orElseThrow();
	}

}
