package dev.plumbline.strategy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.organization.Role;
import dev.plumbline.people.ManagePeople;
import dev.plumbline.strategy.StrategyFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class InitiativeApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsReadsUpdatesAndDeletesAnInitiative() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		UUID owner = this.managePeople.addPerson(this.organizations.as(org.slug(), org.admin()),
				new ManagePeople.NewPerson("lena", "Lena", null, null));
		UUID objective = new StrategyFixtures(this.jdbc).objective(org.id(), "shorter-waits", "Shorter waits", null,
				null, "access");
		String body = """
				{"name": "Evening clinic hours", "owner": "%s", "status": "active", "start": "2026-01-01",
				 "end": "2026-12-31", "budget": 120000.50, "fte": 2.5, "progress": 40, "pillars": ["access"],
				 "objectives": ["shorter-waits"], "painPoints": ["new-patient.booking.phone-queue"]}
				""".formatted(owner);
		MvcTestResult created = post(org, org.leader(), body);
		assertThat(created).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.key").isEqualTo("evening-clinic-hours");
			assertThat(json).extractingPath("$.status").isEqualTo("active");
			assertThat(json).extractingPath("$.ownerName").isEqualTo("Lena");
			assertThat(json).extractingPath("$.objectives[0]").isEqualTo(objective.toString());
			assertThat(json).extractingPath("$.painPoints[0]").isEqualTo("new-patient.booking.phone-queue");
			assertThat(json).extractingPath("$.version").isEqualTo(0);
		});
		String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives/{id}", org.slug(), id)
			.with(org.stakeholder().session())).hasStatusOk().bodyJson().extractingPath("$.budget").isEqualTo(120000.5);

		String update = """
				{"version": 0, "name": "Evening clinic hours", "status": "paused", "budget": 0, "pillars": []}
				""";
		assertThat(put(org, org.admin(), id, update)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("paused");
			assertThat(json).extractingPath("$.version").isEqualTo(1);
			assertThat(json).extractingPath("$.pillars").asArray().isEmpty();
		});
		assertThat(put(org, org.admin(), id, update)).hasStatus(409);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM activity WHERE organization_id = :org AND action LIKE 'initiative.%'")
			.param("org", org.id()).query(Long.class).single()).isEqualTo(2);

		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/initiatives/{id}", org.slug(), id)
			.with(org.leader().session()).with(csrf())).hasStatus(204);
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives/{id}", org.slug(), id)
			.with(org.leader().session())).hasStatus(404);
	}

	@Test
	void namesEveryBadField() {
		TestOrganization org = this.organizations.withCharter();
		String body = """
				{"key": "Bad Key!", "name": " ", "owner": "%s", "status": "dreaming", "start": "2026-05-01",
				 "end": "2026-04-01", "budget": -1, "fte": -0.5, "progress": 101, "pillars": ["access", "nope"],
				 "objectives": ["missing"], "painPoints": ["just-text"]}
				""".formatted(UUID.randomUUID());
		assertThat(post(org, org.leader(), body)).hasStatus(400).bodyJson().satisfies(json -> assertThat(json)
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "key", "owner", "status", "end", "budget", "fte", "progress",
					"pillars[1]", "objectives[0]", "painPoints[0]"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM initiative WHERE organization_id = :org").param("org", org.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void refusesADuplicateKeyAndAPutWithoutVersion() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(post(org, org.leader(), "{\"name\": \"Patient portal\"}")).hasStatus(201);
		assertThat(post(org, org.leader(), "{\"name\": \"Patient portal\"}")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("key");
		String id = firstId(org);
		assertThat(put(org, org.leader(), id, "{\"name\": \"Portal\"}")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("version");
	}

	@Test
	void listsPageByPageWithTheTotalAndFilters() {
		TestOrganization org = this.organizations.withCharter();
		for (int n = 1; n <= 5; n++) {
			post(org, org.leader(), """
					{"name": "Initiative %d", "status": "%s", "pillars": ["%s"]}
					""".formatted(n, n % 2 == 0 ? "active" : "planned", n <= 3 ? "access" : "quality"));
		}
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives?page=1&size=2", org.slug())
			.with(org.member().session())).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(5);
				assertThat(json).extractingPath("$.items[*].name").asArray().containsExactly("Initiative 3", "Initiative 4");
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives?pillar=access&status=active", org.slug())
			.with(org.member().session())).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(1);
				assertThat(json).extractingPath("$.items[0].name").isEqualTo("Initiative 2");
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives?status=sleeping", org.slug())
			.with(org.member().session())).hasStatus(400);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyLeadersAndAdminsWriteButEveryoneReads(Role role) {
		TestOrganization org = this.organizations.withCharter();
		post(org, org.leader(), "{\"name\": \"Grant diversification\"}");
		String id = firstId(org);
		boolean writes = role == Role.LEADER || role == Role.ADMIN;
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives/{id}", org.slug(), id)
			.with(org.in(role).session())).hasStatusOk();
		assertThat(post(org, org.in(role), "{\"name\": \"Another\"}")).hasStatus(writes ? 201 : 403);
		assertThat(put(org, org.in(role), id, "{\"version\": 0, \"name\": \"Renamed\"}")).hasStatus(writes ? 200 : 403);
		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/initiatives/{id}", org.slug(), id)
			.with(org.in(role).session()).with(csrf())).hasStatus(writes ? 204 : 403);
	}

	@Test
	void anotherOrganizationsInitiativeIsNotFound() {
		TestOrganization mine = this.organizations.withCharter();
		TestOrganization theirs = this.organizations.withCharter();
		post(theirs, theirs.leader(), "{\"name\": \"Their secret plan\"}");
		String id = firstId(theirs);
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives/{id}", mine.slug(), id)
			.with(mine.leader().session())).hasStatus(404);
		assertThat(put(mine, mine.leader(), id, "{\"version\": 0, \"name\": \"Mine now\"}")).hasStatus(404);
		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/initiatives/{id}", mine.slug(), id)
			.with(mine.leader().session()).with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/initiatives", mine.slug()).with(mine.leader().session()))
			.bodyJson().extractingPath("$.total").isEqualTo(0);
	}

	private String firstId(TestOrganization org) {
		return this.jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM initiative WHERE organization_id = :org ORDER BY name")
			.param("org", org.id()).query(String.class).list().get(0);
	}

	private MvcTestResult post(TestOrganization org, TestUser user, String body) {
		return this.mvc.post().uri("/api/v1/orgs/{slug}/initiatives", org.slug()).with(user.session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private MvcTestResult put(TestOrganization org, TestUser user, String id, String body) {
		return this.mvc.put().uri("/api/v1/orgs/{slug}/initiatives/{id}", org.slug(), id).with(user.session())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
