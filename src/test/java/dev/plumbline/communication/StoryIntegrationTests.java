package dev.plumbline.communication;

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
import dev.plumbline.interchange.PracticeModel.StoryKind;
import dev.plumbline.people.ManagePeople;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class StoryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StorySection section;

	SectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SectionFixture(this.organizations, this.managePeople, this.jdbc);
	}

	static OrganizationFile file() {
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withStories(List.of(
					new OrganizationFile.Story("late-letters", StoryKind.LEARNING, "What the late letters taught us",
							"We printed them in batches.\nNow they go the same day.", LocalDate.of(2026, 5, 2),
							List.of("quality")),
					new OrganizationFile.Story("van-day", StoryKind.SUCCESS, "A hundred patients on van day", null,
							LocalDate.of(2026, 6, 20), List.of("access", "quality"))));
	}

	@Test
	void loadsStoriesStoresTheirColumnsAndExportsTheSameSection() {
		TestOrganization org = this.organizations.create();
		Map<String, Long> progress = new HashMap<>();
		this.section.load(SectionFixture.context(org, progress), file());
		assertThat(progress).containsEntry("stories", 2L);
		assertThat(this.jdbc.sql("SELECT kind || '|' || story_date FROM story WHERE organization_id = :org AND story_key = 'van-day'")
			.param("org", org.id()).query(String.class).single()).isEqualTo("SUCCESS|2026-06-20");
		assertThat(this.jdbc.sql("""
				SELECT p.pillar_key FROM story_pillar p JOIN story s ON s.id = p.story_id
				WHERE p.organization_id = :org AND s.story_key = 'van-day' ORDER BY p.position""")
			.param("org", org.id()).query(String.class).list()).containsExactly("access", "quality");
		assertThat(this.section.export(org.id(), OrganizationFile.empty(file().organization())).stories())
			.isEqualTo(file().stories());
	}

	@Test
	void clearRemovesOnlyThisOrganizationsStories() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		this.section.load(SectionFixture.context(mine), file());
		this.section.load(SectionFixture.context(theirs), file());
		this.section.clear(SectionFixture.context(mine));
		for (String table : List.of("story", "story_pillar")) {
			assertThat(this.fixture.count(table, mine.id())).as(table).isZero();
			assertThat(this.fixture.count(table, theirs.id())).as(table).isPositive();
		}
	}

	@Test
	void pageShowsTheLatestStoryFirstAndTheApiByKey() {
		TestOrganization org = this.organizations.create();
		this.section.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/stories", org.slug()).with(org.stakeholder().session())).hasStatusOk()
			.bodyText()
			.containsSubsequence("success", "A hundred patients on van day", "learning", "What the late letters taught us",
					"We printed them in batches.");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/stories", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].key")
			.asArray()
			.containsExactly("late-letters", "van-day");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/stories/van-day", org.slug()).with(org.member().session()))
			.hasStatusOk().bodyJson().extractingPath("$.kind").isEqualTo("SUCCESS");
	}

	@Test
	void anotherOrganizationsStoriesAndUnknownKeysAre404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		this.section.load(SectionFixture.context(theirs), file());
		for (String path : List.of("/o/%s/stories", "/api/v1/orgs/%s/stories", "/api/v1/orgs/%s/stories/van-day")) {
			assertThat(this.mvc.get().uri(path.formatted(theirs.slug())).with(mine.admin().session())).as(path)
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/stories/van-day", mine.slug()).with(mine.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/stories", mine.slug()).with(mine.admin().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
	}

}
