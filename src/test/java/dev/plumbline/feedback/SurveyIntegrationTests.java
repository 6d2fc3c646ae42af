package dev.plumbline.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
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
import dev.plumbline.interchange.AuditSettingsStore;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;
import dev.plumbline.people.ManagePeople;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class SurveyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SurveySection section;

	SectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SectionFixture(this.organizations, this.managePeople, this.jdbc);
	}

	static Response response(String team, int mission, int values) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		answers.put("mission", mission);
		answers.put("values", values);
		return new Response(team, answers);
	}

	/**
	 * Survey {@code pulse}: 5 answers from east (mission 4,4,4,5,5 → 4.40), 4 from west, 1 without a team
	 * — 10 in all. The last response answers in reverse order. Survey {@code board}: 4 responses.
	 */
	static OrganizationFile file() {
		List<Response> pulse = new ArrayList<>();
		int[] east = { 4, 4, 4, 5, 5 };
		for (int answer : east) {
			pulse.add(response("east", answer, 3));
		}
		for (int i = 0; i < 4; i++) {
			pulse.add(response("west", 1, 2));
		}
		Map<String, Integer> reversed = new LinkedHashMap<>();
		reversed.put("values", 5);
		reversed.put("mission", 2);
		pulse.add(new Response(null, reversed));
		List<Response> board = List.of(response(null, 5, 5), response(null, 4, 4), response(null, 5, 4),
				response(null, 3, 3));
		List<Question> questions = List.of(new Question("mission", "I know how my work serves the mission", 5),
				new Question("values", "We live our values", 5));
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withSurveys(List.of(new Survey("board", "Board pulse", Audience.STAKEHOLDERS, null, questions, board),
					new Survey("pulse", "Spring pulse", Audience.EMPLOYEES, LocalDate.of(2026, 4, 1), questions, pulse)));
	}

	@Test
	void loadsSurveysStoresTheirColumnsAndExportsTheSameSection() {
		TestOrganization org = this.fixture.organizationWithPeople();
		Map<String, Long> progress = new HashMap<>();
		this.section.load(SectionFixture.context(org, progress), file());

		assertThat(progress).containsEntry("surveys", 2L + 4 + 14);
		assertThat(this.fixture.count("survey_answer", org.id())).isEqualTo(28);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM survey_response r JOIN survey s ON s.id = r.survey_id
				WHERE r.organization_id = :org AND s.survey_key = 'pulse' AND r.team_id IS NULL""")
			.param("org", org.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT audience || '|' || survey_date FROM survey WHERE organization_id = :org AND survey_key = 'pulse'")
			.param("org", org.id()).query(String.class).single()).isEqualTo("EMPLOYEES|2026-04-01");

		OrganizationFile exported = this.section.export(org.id(), OrganizationFile.empty(file().organization()));
		assertThat(exported.surveys()).isEqualTo(file().surveys());
		assertThat(List.copyOf(exported.surveys().get(1).responses().get(9).answers().keySet())).containsExactly("values",
				"mission");
	}

	@Test
	void loadsAHundredThousandAnswersInBatchesAndReportsProgressOnTheWay() {
		TestOrganization org = this.fixture.organizationWithPeople();
		List<Question> questions = new ArrayList<>();
		for (int q = 0; q < 10; q++) {
			questions.add(new Question("q" + q, "Question " + q, 7));
		}
		List<Response> responses = new ArrayList<>();
		for (int r = 0; r < 10_000; r++) {
			Map<String, Integer> answers = new LinkedHashMap<>();
			for (int q = 0; q < 10; q++) {
				answers.put("q" + q, 1 + (r + q) % 7);
			}
			responses.add(new Response(r % 3 == 0 ? "east" : "west", answers));
		}
		OrganizationFile file = OrganizationFile.empty(new OrganizationFile.Organization("Big", "big"))
			.withSurveys(List.of(new Survey("big", "Big pulse", Audience.EMPLOYEES, null, questions, responses)));
		List<Long> reports = new ArrayList<>();
		this.section.load(SectionFixture.context(org, new HashMap<>() {
			@Override
			public Long merge(String key, Long value,
					java.util.function.BiFunction<? super Long, ? super Long, ? extends Long> remapping) {
				reports.add(value);
				return super.merge(key, value, remapping);
			}
		}), file);
		assertThat(this.fixture.count("survey_answer", org.id())).isEqualTo(100_000);
		assertThat(reports).hasSizeGreaterThan(2);
		assertThat(reports.stream().mapToLong(Long::longValue).sum()).isEqualTo(1 + 10 + 10_000);
		assertThat(this.section.export(org.id(), OrganizationFile.empty(file.organization())).surveys())
			.isEqualTo(file.surveys());
	}

	@Test
	void clearRemovesOnlyThisOrganizationsSurveys() {
		TestOrganization mine = this.fixture.organizationWithPeople();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(mine), file());
		this.section.load(SectionFixture.context(theirs), file());
		this.section.clear(SectionFixture.context(mine));
		for (String table : List.of("survey", "survey_question", "survey_response", "survey_answer")) {
			assertThat(this.fixture.count(table, mine.id())).as(table).isZero();
			assertThat(this.fixture.count(table, theirs.id())).as(table).isPositive();
		}
	}

	@Test
	void fourResponsesShowNoFigureAndFiveDo() {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(org), file());
		// pulse: east has 5 (a figure), west 4 and "no team" 1 (none); the whole survey has 10 (mission: 28 / 10)
		assertThat(this.mvc.get().uri("/o/{slug}/surveys/pulse", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyText()
			.containsSubsequence("I know how my work serves the mission", "Everyone", "2.80", "n=10", "East Side", "4.40",
					"n=5", "West End", "not enough responses", "No team given", "not enough responses")
			.doesNotContain("1.00", "n=4<", "n=1<");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/surveys/pulse", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.anonymityMinimum").isEqualTo(5);
				assertThat(json).extractingPath("$.questions[0].overall.average").isEqualTo(2.8);
				assertThat(json).extractingPath("$.questions[0].teams[0].teamKey").isEqualTo("east");
				assertThat(json).extractingPath("$.questions[0].teams[0].figure.average").isEqualTo(4.4);
				assertThat(json).extractingPath("$.questions[0].teams[0].figure.responses").isEqualTo(5);
				assertThat(json).extractingPath("$.questions[0].teams[1].teamKey").isEqualTo("west");
				assertThat(json).extractingPath("$.questions[0].teams[1].figure.enough").isEqualTo(false);
				assertThat(json).extractingPath("$.questions[0].teams[1].figure.average").isNull();
				assertThat(json).extractingPath("$.questions[0].teams[1].figure.responses").isNull();
			});
		// board: 4 responses in all — no figure anywhere
		assertThat(this.mvc.get().uri("/o/{slug}/surveys/board", org.slug()).with(org.stakeholder().session()))
			.hasStatusOk()
			.bodyText()
			.contains("not enough responses")
			.doesNotContain("n=4<", "4.25");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/surveys/board", org.slug()).with(org.stakeholder().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.questions[0].overall.enough").isEqualTo(false);
				assertThat(json).extractingPath("$.questions[0].overall.average").isNull();
			});
		assertThat(this.mvc.get().uri("/o/{slug}/surveys", org.slug()).with(org.member().session())).hasStatusOk()
			.bodyText()
			.containsSubsequence("Spring pulse", "10", "Board pulse", "not enough responses");
	}

	@Test
	void theOrganizationsOwnAnonymityMinimumGovernsLikeItsAudit(@Autowired AuditSettingsStore auditSettings) {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(org), file());
		auditSettings.save(org.id(), new OrganizationFile.AuditSettings(null, null, null, null, null, null, null, null,
				4, null, null, null), 0);

		// west's 4 responses now make a figure (mission 1.00); the lone response without a team still does not
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/surveys/pulse", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.anonymityMinimum").isEqualTo(4);
				assertThat(json).extractingPath("$.questions[0].teams[1].teamKey").isEqualTo("west");
				assertThat(json).extractingPath("$.questions[0].teams[1].figure.average").isEqualTo(1.0);
				assertThat(json).extractingPath("$.questions[0].teams[1].figure.responses").isEqualTo(4);
			});
		assertThat(this.mvc.get().uri("/o/{slug}/surveys/board", org.slug()).with(org.member().session()))
			.hasStatusOk().bodyText().contains("4.25");
	}

	@Test
	void everyonesFigureIsWithheldWhenItWouldGiveAwayASmallTeam() {
		TestOrganization org = this.fixture.organizationWithPeople();
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			responses.add(response("east", 4, 4));
		}
		for (int i = 0; i < 3; i++) {
			responses.add(response("west", 1, 1));
		}
		List<Question> questions = List.of(new Question("mission", "I know how my work serves the mission", 5),
				new Question("values", "We live our values", 5));
		this.section.load(SectionFixture.context(org), OrganizationFile.empty(file().organization())
			.withSurveys(List.of(new Survey("small", "Small pulse", Audience.EMPLOYEES, null, questions, responses))));
		assertThat(this.mvc.get().uri("/o/{slug}/surveys/small", org.slug()).with(org.leader().session()))
			.hasStatusOk()
			.bodyText()
			.contains("withheld: with the teams shown, it would give away the answers of fewer than 5 people", "4.00",
					"n=6")
			.doesNotContain("n=9", "3.00");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/surveys/small", org.slug()).with(org.leader().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.questions[0].overall.withheld").isEqualTo(true);
				assertThat(json).extractingPath("$.questions[0].overall.average").isNull();
			});
	}

	@Test
	void noEndpointReturnsAnIndividualAnswer() {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/surveys/pulse", org.slug()).with(org.admin().session()))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("answers", "responses\":[");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/surveys", org.slug()).with(org.admin().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[*].key").asArray().containsExactly("pulse", "board");
				assertThat(json).extractingPath("$.items[0].responses").isEqualTo(10);
			});
	}

	@Test
	void anotherOrganizationsSurveysAndUnknownKeysAre404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		this.section.load(SectionFixture.context(theirs), file());
		for (String path : List.of("/o/%s/surveys", "/o/%s/surveys/pulse", "/api/v1/orgs/%s/surveys",
				"/api/v1/orgs/%s/surveys/pulse")) {
			assertThat(this.mvc.get().uri(path.formatted(theirs.slug())).with(mine.admin().session())).as(path)
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/o/{slug}/surveys/pulse", mine.slug()).with(mine.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/surveys", mine.slug()).with(mine.admin().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
	}

}
