package dev.plumbline.charter.web;

import java.util.Map;

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
class CharterApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	private static final String VALID = """
			{"version": %d, "vision": "A valley where everyone is cared for.", "mission": "%s",
			 "values": [{"name": "Dignity", "description": "Neighbours", "behaviors": ["Greet by name"]}],
			 "pillars": [{"key": "access", "name": "Access", "description": "", "weight": 5},
			             {"name": "Prevention", "weight": 2}]}
			""";

	@Test
	void returnsTheWholeCharter() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.version").isEqualTo(1);
				assertThat(json).extractingPath("$.mission").isEqualTo("We run clinics for everyone.");
				assertThat(json).extractingPath("$.values[0].behaviors[0]").isEqualTo("Greet by name");
				assertThat(json).extractingPath("$.pillars[0].weight").isEqualTo(5);
				assertThat(json).extractingPath("$.acknowledgements.expected").isEqualTo(3);
			});
	}

	@Test
	void replacesTheCharterAsANewVersionWithGeneratedKeys() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(put(org, org.leader(), VALID.formatted(1, "We run clinics for every family.")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.version").isEqualTo(2);
				assertThat(json).extractingPath("$.pillars[1].key").isEqualTo("prevention");
				assertThat(json).extractingPath("$.updatedBy").isEqualTo(org.leader().displayName());
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter/versions", org.slug()).with(org.member().session()))
			.bodyJson()
			.extractingPath("$[0].summary")
			.asString()
			.contains("Mission edited", "pillar \"Prevention\" added", "pillar \"Quality\" removed");
	}

	@Test
	void refusesAnEmptyMissionDuplicatePillarsAndWeightsOutsideOneToFive() {
		TestOrganization org = this.organizations.withCharter();
		String body = """
				{"version": 1, "mission": "  ",
				 "pillars": [{"name": "Access", "weight": 6}, {"name": "access", "weight": 0}]}
				""";
		assertThat(put(org, org.leader(), body)).hasStatus(400)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("Invalid input");
				assertThat(json).extractingPath("$.errors[*].field")
					.asArray()
					.contains("mission", "pillars[0].weight", "pillars[1].name", "pillars[1].weight");
				assertThat(json).extractingPath("$.errors[?(@.field == 'pillars[0].weight')].message")
					.asArray()
					.singleElement()
					.asString()
					.contains("1 to 5");
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).with(org.leader().session()))
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void namesTheFieldOfAMalformedBody() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(put(org, org.leader(), "{\"version\": 1, \"mission\": \"m\", \"pillars\": [{\"name\": \"A\", \"weight\": \"heavy\"}]}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("pillars[0].weight");
		assertThat(put(org, org.leader(), "{\"version\": 1, \"mision\": \"typo\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0]")
			.isEqualTo(Map.of("field", "mision", "message", "is not a known field"));
		assertThat(put(org, org.leader(), "{\"mission\": \"no version\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("version");
	}

	@Test
	void refusesAStaleEditWith409AndKeepsTheFirst() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(put(org, org.leader(), VALID.formatted(1, "First edit."))).hasStatusOk();
		assertThat(put(org, org.admin(), VALID.formatted(1, "Second edit from the same version."))).hasStatus(409)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.currentVersion").isEqualTo(2);
				assertThat(json).extractingPath("$.detail").asString().contains("changed meanwhile");
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).with(org.leader().session()))
			.bodyJson()
			.extractingPath("$.mission")
			.isEqualTo("First edit.");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsOnlyLeadersAndAdminsWrite(Role role) {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).with(org.in(role).session()))
			.hasStatusOk();
		boolean writes = role == Role.ADMIN || role == Role.LEADER;
		assertThat(put(org, org.in(role), VALID.formatted(1, "Edited by " + role))).hasStatus(writes ? 200 : 403);
	}

	@Test
	void showsTheDifferenceBetweenTwoVersions() {
		TestOrganization org = this.organizations.withCharter();
		put(org, org.leader(), VALID.formatted(1, "We run clinics for every family."));
		assertThat(this.mvc.get()
			.uri("/api/v1/orgs/{slug}/charter/diff?from=1&to=2", org.slug())
			.with(org.stakeholder().session())).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.mission[?(@.kind == 'REMOVED')].text").asArray().contains("everyone.");
				assertThat(json).extractingPath("$.mission[?(@.kind == 'ADDED')].text").asArray().contains("every family.");
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter/versions/9", org.slug()).with(org.member().session()))
			.hasStatus(404);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult put(TestOrganization org,
			dev.plumbline.TestUser user, String body) {
		return this.mvc.put()
			.uri("/api/v1/orgs/{slug}/charter", org.slug())
			.with(user.session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
