package dev.plumbline.journey;

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
import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PracticeModel.PainSeverity;
import dev.plumbline.interchange.PracticeModel.Stage;
import dev.plumbline.people.ManagePeople;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class JourneyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JourneySection section;

	SectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SectionFixture(this.organizations, this.managePeople, this.jdbc);
	}

	/** Two journeys in key order; stages, touchpoints and pain points in an order that is not alphabetical. */
	static OrganizationFile file() {
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withJourneys(List.of(
					new Journey("first-visit", "A first visit", "New patient, no GP", List.of(
							new Stage("book", "Booking", List.of("Phone line", "Website"),
									List.of(new PainPoint("hold", "Forty minutes on hold", PainSeverity.CRITICAL,
											"Call logs, March"),
											new PainPoint("form", "The web form loses answers", PainSeverity.MEDIUM, null))),
							new Stage("arrive", "Arriving", List.of("Reception"), List.of()),
							new Stage("aftercare", "Aftercare", List.of(),
									List.of(new PainPoint("letter", "Letters arrive late", PainSeverity.HIGH, "Complaints"))))),
					new Journey("refill", "A prescription refill", null, List.of())));
	}

	@Test
	void loadsJourneysStoresTheirColumnsAndExportsTheSameSection() {
		TestOrganization org = this.organizations.create();
		Map<String, Long> progress = new HashMap<>();
		this.section.load(SectionFixture.context(org, progress), file());

		assertThat(progress).containsEntry("journeys", 2L + 3 + 3 + 3);
		assertThat(this.jdbc.sql("""
				SELECT s.stage_key FROM journey_stage s JOIN journey j ON j.id = s.journey_id
				WHERE j.organization_id = :org AND j.journey_key = 'first-visit' ORDER BY s.position""")
			.param("org", org.id()).query(String.class).list()).containsExactly("book", "arrive", "aftercare");
		assertThat(this.jdbc.sql("""
				SELECT severity || '|' || evidence FROM pain_point WHERE organization_id = :org AND pain_point_key = 'hold'""")
			.param("org", org.id()).query(String.class).single()).isEqualTo("CRITICAL|Call logs, March");
		assertThat(this.fixture.count("journey_touchpoint", org.id())).isEqualTo(3);

		assertThat(this.section.export(org.id(), OrganizationFile.empty(file().organization())).journeys())
			.isEqualTo(file().journeys());
	}

	@Test
	void clearRemovesOnlyThisOrganizationsJourneys() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		this.section.load(SectionFixture.context(mine), file());
		this.section.load(SectionFixture.context(theirs), file());
		this.section.clear(SectionFixture.context(mine));
		for (String table : List.of("journey", "journey_stage", "journey_touchpoint", "pain_point")) {
			assertThat(this.fixture.count(table, mine.id())).as(table).isZero();
			assertThat(this.fixture.count(table, theirs.id())).as(table).isPositive();
		}
	}

	@Test
	void pagesAndApiShowStagesTouchpointsAndPainPointsWithSeverity() {
		TestOrganization org = this.organizations.create();
		this.section.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/journeys", org.slug()).with(org.stakeholder().session()))
			.hasStatusOk()
			.bodyText()
			.contains("A first visit", "A prescription refill", "critical", "(2 high or critical)");
		assertThat(this.mvc.get().uri("/o/{slug}/journeys/first-visit", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("Booking", "Phone line", "Forty minutes on hold", "Call logs, March", "Arriving",
					"Aftercare", "Letters arrive late")
			.contains("first-visit.book.hold");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/journeys", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[*].key").asArray().containsExactly("first-visit", "refill");
				assertThat(json).extractingPath("$.items[0].worst").isEqualTo("CRITICAL");
				assertThat(json).extractingPath("$.items[1].worst").isNull();
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/journeys/first-visit", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.stages[0].painPoints[1].description")
			.isEqualTo("The web form loses answers");
	}

	@Test
	void anotherOrganizationsJourneysAndUnknownKeysAre404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		this.section.load(SectionFixture.context(theirs), file());
		for (String path : List.of("/o/%s/journeys", "/o/%s/journeys/first-visit", "/api/v1/orgs/%s/journeys",
				"/api/v1/orgs/%s/journeys/first-visit")) {
			assertThat(this.mvc.get().uri(path.formatted(theirs.slug())).with(mine.admin().session())).as(path)
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/o/{slug}/journeys/first-visit", mine.slug()).with(mine.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/journeys/first-visit", mine.slug())
			.with(mine.admin().session())).hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/journeys", mine.slug()).with(mine.admin().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
	}

}
