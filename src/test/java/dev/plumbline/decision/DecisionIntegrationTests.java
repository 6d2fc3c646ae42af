package dev.plumbline.decision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import dev.plumbline.interchange.PracticeModel.DecisionStatus;
import dev.plumbline.people.ManagePeople;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class DecisionIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DecisionSection section;

	SectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SectionFixture(this.organizations, this.managePeople, this.jdbc);
	}

	static OrganizationFile file() {
		Map<String, Integer> scores = new LinkedHashMap<>();
		scores.put("quality", 2);
		scores.put("access", -1);
		scores.put("dignity", 0);
		Map<String, Boolean> checklist = new LinkedHashMap<>();
		checklist.put("Staff consulted", true);
		checklist.put("Budget approved", false);
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withDecisions(List.of(
					new OrganizationFile.Decision("close-saturday", "Close the Saturday clinic", DecisionStatus.APPROVED,
							LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 1), "ana", scores, checklist),
					new OrganizationFile.Decision("new-van", "Buy a mobile clinic van", DecisionStatus.PROPOSED, null,
							null, null, Map.of(), Map.of())));
	}

	@Test
	void loadsDecisionsStoresTheirColumnsAndExportsTheSameSection() {
		TestOrganization org = this.fixture.organizationWithPeople();
		Map<String, Long> progress = new HashMap<>();
		this.section.load(SectionFixture.context(org, progress), file());

		assertThat(progress).containsEntry("decisions", 2L);
		assertThat(this.jdbc.sql("""
				SELECT d.status || '|' || p.person_key || '|' || d.revisit_on FROM decision d JOIN person p ON p.id = d.owner_id
				WHERE d.organization_id = :org AND d.decision_key = 'close-saturday'""")
			.param("org", org.id()).query(String.class).single()).isEqualTo("APPROVED|ana|2026-08-01");
		assertThat(this.jdbc.sql("SELECT subject_key FROM decision_score WHERE organization_id = :org ORDER BY position")
			.param("org", org.id()).query(String.class).list()).containsExactly("quality", "access", "dignity");
		assertThat(this.jdbc.sql("SELECT ticked FROM decision_checklist_item WHERE organization_id = :org AND item = 'Budget approved'")
			.param("org", org.id()).query(Boolean.class).single()).isFalse();

		assertThat(this.section.export(org.id(), OrganizationFile.empty(file().organization())).decisions())
			.isEqualTo(file().decisions())
			.first()
			.satisfies(decision -> assertThat(List.copyOf(decision.scores().keySet())).containsExactly("quality",
					"access", "dignity"));
	}

	@Test
	void clearRemovesOnlyThisOrganizationsDecisions() {
		TestOrganization mine = this.fixture.organizationWithPeople();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(mine), file());
		this.section.load(SectionFixture.context(theirs), file());
		this.section.clear(SectionFixture.context(mine));
		for (String table : List.of("decision", "decision_score", "decision_checklist_item")) {
			assertThat(this.fixture.count(table, mine.id())).as(table).isZero();
			assertThat(this.fixture.count(table, theirs.id())).as(table).isPositive();
		}
	}

	@Test
	void logShowsStatusDatesScoresAndChecklist() {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/decisions", org.slug()).with(org.member().session())).hasStatusOk()
			.bodyText()
			.contains("Close the Saturday clinic", "approved", "Ana Lima", "2026-02-01", "2026-08-01", "quality +2",
					"access -1", "1 of 2", "Buy a mobile clinic van");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/decisions", org.slug()).with(org.stakeholder().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(2);
				assertThat(json).extractingPath("$.items[0].ownerKey").isEqualTo("ana");
				assertThat(json).extractingPath("$.items[0].scores[1].score").isEqualTo(-1);
				assertThat(json).extractingPath("$.items[0].checklist[1].ticked").isEqualTo(false);
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/decisions/new-van", org.slug()).with(org.member().session()))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("PROPOSED");
	}

	@Test
	void anotherOrganizationsDecisionsAndUnknownKeysAre404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(theirs), file());
		for (String path : List.of("/o/%s/decisions", "/api/v1/orgs/%s/decisions", "/api/v1/orgs/%s/decisions/new-van")) {
			assertThat(this.mvc.get().uri(path.formatted(theirs.slug())).with(mine.admin().session())).as(path)
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/decisions/new-van", mine.slug()).with(mine.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/decisions", mine.slug()).with(mine.admin().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
	}

}
