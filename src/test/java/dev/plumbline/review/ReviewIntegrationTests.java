package dev.plumbline.review;

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
import dev.plumbline.interchange.PracticeModel.ReviewCadence;
import dev.plumbline.people.ManagePeople;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class ReviewIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewSection section;

	SectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SectionFixture(this.organizations, this.managePeople, this.jdbc);
	}

	static OrganizationFile file() {
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withReviews(List.of(
					new OrganizationFile.Review("q1-2026", ReviewCadence.QUARTERLY, LocalDate.of(2026, 3, 30),
							List.of("Stop the Saturday pilot", "Move two nurses east", "Ask the board about the van")),
					new OrganizationFile.Review("q4-2025", ReviewCadence.QUARTERLY, LocalDate.of(2025, 12, 15),
							List.of())));
	}

	@Test
	void loadsReviewsStoresTheirColumnsAndExportsTheSameSection() {
		TestOrganization org = this.organizations.create();
		Map<String, Long> progress = new HashMap<>();
		this.section.load(SectionFixture.context(org, progress), file());
		assertThat(progress).containsEntry("reviews", 2L);
		assertThat(this.jdbc.sql("SELECT cadence || '|' || held_on FROM strategy_review WHERE organization_id = :org AND review_key = 'q1-2026'")
			.param("org", org.id()).query(String.class).single()).isEqualTo("QUARTERLY|2026-03-30");
		assertThat(this.jdbc.sql("SELECT outcome FROM review_outcome WHERE organization_id = :org ORDER BY position")
			.param("org", org.id()).query(String.class).list())
			.containsExactly("Stop the Saturday pilot", "Move two nurses east", "Ask the board about the van");
		assertThat(this.section.export(org.id(), OrganizationFile.empty(file().organization())).reviews())
			.isEqualTo(file().reviews());
	}

	@Test
	void clearRemovesOnlyThisOrganizationsReviews() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		this.section.load(SectionFixture.context(mine), file());
		this.section.load(SectionFixture.context(theirs), file());
		this.section.clear(SectionFixture.context(mine));
		for (String table : List.of("strategy_review", "review_outcome")) {
			assertThat(this.fixture.count(table, mine.id())).as(table).isZero();
			assertThat(this.fixture.count(table, theirs.id())).as(table).isPositive();
		}
	}

	@Test
	void pageListsTheLatestReviewFirstAndTheApiByKey() {
		TestOrganization org = this.organizations.create();
		this.section.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/reviews", org.slug()).with(org.stakeholder().session())).hasStatusOk()
			.bodyText()
			.containsSubsequence("2026-03-30", "quarterly", "Stop the Saturday pilot", "Move two nurses east",
					"2025-12-15", "No outcome recorded.");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/reviews", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].key")
			.asArray()
			.containsExactly("q1-2026", "q4-2025");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/reviews/q4-2025", org.slug()).with(org.member().session()))
			.hasStatusOk().bodyJson().extractingPath("$.held").isEqualTo("2025-12-15");
	}

	@Test
	void anotherOrganizationsReviewsAndUnknownKeysAre404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		this.section.load(SectionFixture.context(theirs), file());
		for (String path : List.of("/o/%s/reviews", "/api/v1/orgs/%s/reviews", "/api/v1/orgs/%s/reviews/q1-2026")) {
			assertThat(this.mvc.get().uri(path.formatted(theirs.slug())).with(mine.admin().session())).as(path)
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/reviews/q1-2026", mine.slug()).with(mine.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/reviews", mine.slug()).with(mine.admin().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
	}

}
