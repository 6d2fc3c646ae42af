package dev.plumbline.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class PeopleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	PeopleQueries queries;

	@Test
	void leadersAddNestedTeamsAndPeopleLinkedByEmail() {
		TestOrganization org = this.organizations.create();
		assertThat(post(org, "/teams", "{\"key\": \"clinics\", \"name\": \"Clinics\"}")).hasStatus(201);
		assertThat(post(org, "/teams", "{\"name\": \"East Side\", \"parentKey\": \"clinics\"}")).hasStatus(201)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.key").isEqualTo("east-side");
				assertThat(json).extractingPath("$.parentKey").isEqualTo("clinics");
			});
		assertThat(post(org, "/people", "{\"name\": \"Marco\", \"email\": \"" + org.member().email().toUpperCase()
				+ "\", \"teamKey\": \"east-side\"}")).hasStatus(201).bodyJson().extractingPath("$.teamName").isEqualTo("East Side");
		assertThat(this.queries.personForEmail(org.id(), org.member().email())).hasValueSatisfying(
				person -> assertThat(person.key()).isEqualTo("marco"));
		assertThat(this.mvc.get().uri("/o/{slug}/people", org.slug()).with(org.stakeholder().session())).hasStatusOk()
			.bodyText()
			.contains("Marco", "East Side", "1 person in 2 teams");
	}

	@Test
	void namesEveryBadField() {
		TestOrganization org = this.organizations.create();
		assertThat(post(org, "/people", "{\"key\": \"Bad Key\", \"name\": \"\", \"email\": \"nope\", \"teamKey\": \"ghost\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "key", "email", "team");
		post(org, "/teams", "{\"key\": \"a\", \"name\": \"A\"}");
		assertThat(post(org, "/teams", "{\"key\": \"a\", \"name\": \"Again\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("already used");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "MEMBER", "STAKEHOLDER" })
	void onlyLeadersAndAdminsAddPeople(Role role) {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.post()
			.uri("/api/v1/orgs/{slug}/teams", org.slug())
			.with(org.in(role).session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Sneaky\"}")).hasStatus(403);
		assertThat(this.queries.teams(org.id())).isEmpty();
	}

	@Test
	void anotherOrganizationsPeopleAre404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/people", theirs.slug()).with(mine.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/people", theirs.slug()).with(mine.admin().session())).hasStatus(404);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(TestOrganization org, String path, String body) {
		return this.mvc.post()
			.uri("/api/v1/orgs/" + org.slug() + path)
			.with(org.leader().session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
