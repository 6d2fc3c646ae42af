package dev.plumbline.reflection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.SectionFixture;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.ConcernStatus;
import dev.plumbline.people.ManagePeople;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class ConcernIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConcernSection section;

	SectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SectionFixture(this.organizations, this.managePeople, this.jdbc);
	}

	static OrganizationFile file() {
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withConcerns(List.of(
					new OrganizationFile.Concern("rota", "The rota is made the night before", "ben",
							LocalDate.of(2026, 1, 5), ConcernStatus.RAISED, List.of("quality", "access")),
					new OrganizationFile.Concern("signage", "Nobody finds the entrance", null, LocalDate.of(2025, 11, 2),
							ConcernStatus.SOLVED, List.of())));
	}

	@Test
	void loadsConcernsStoresTheirColumnsAndExportsTheSameSection() {
		TestOrganization org = this.fixture.organizationWithPeople();
		Map<String, Long> progress = new HashMap<>();
		this.section.load(SectionFixture.context(org, progress), file());
		assertThat(progress).containsEntry("concerns", 2L);
		assertThat(this.jdbc.sql("""
				SELECT c.status || '|' || p.person_key || '|' || c.raised_on FROM concern c JOIN person p ON p.id = c.raised_by_id
				WHERE c.organization_id = :org""").param("org", org.id()).query(String.class).single())
			.isEqualTo("RAISED|ben|2026-01-05");
		assertThat(this.jdbc.sql("SELECT pillar_key FROM concern_pillar WHERE organization_id = :org ORDER BY position")
			.param("org", org.id()).query(String.class).list()).containsExactly("quality", "access");
		assertThat(this.section.export(org.id(), OrganizationFile.empty(file().organization())).concerns())
			.isEqualTo(file().concerns());
	}

	@Test
	void clearRemovesOnlyThisOrganizationsConcerns() {
		TestOrganization mine = this.fixture.organizationWithPeople();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(mine), file());
		this.section.load(SectionFixture.context(theirs), file());
		this.section.clear(SectionFixture.context(mine));
		for (String table : List.of("concern", "concern_pillar")) {
			assertThat(this.fixture.count(table, mine.id())).as(table).isZero();
			assertThat(this.fixture.count(table, theirs.id())).as(table).isPositive();
		}
	}

	@Test
	void pageListsOpenConcernsFirstAndTheApiByKey() {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/concerns", org.slug()).with(org.member().session())).hasStatusOk()
			.bodyText()
			.containsSubsequence("The rota is made the night before", "raised", "Ben Okafor", "days open",
					"Nobody finds the entrance", "solved");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/concerns", org.slug()).with(org.stakeholder().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[*].key").asArray().containsExactly("rota", "signage");
				assertThat(json).extractingPath("$.items[0].raisedByKey").isEqualTo("ben");
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/concerns/signage", org.slug()).with(org.member().session()))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SOLVED");
	}

	@Test
	void anotherOrganizationsConcernsAndUnknownKeysAre404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(theirs), file());
		for (String path : List.of("/o/%s/concerns", "/api/v1/orgs/%s/concerns", "/api/v1/orgs/%s/concerns/rota")) {
			assertThat(this.mvc.get().uri(path.formatted(theirs.slug())).with(mine.admin().session())).as(path)
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/concerns/rota", mine.slug()).with(mine.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/concerns", mine.slug()).with(mine.admin().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
	}

}
