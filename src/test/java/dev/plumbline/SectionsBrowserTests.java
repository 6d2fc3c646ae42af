package dev.plumbline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.FitRating;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PracticeModel.PainSeverity;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Stage;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.people.ManagePeople;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The read-only pages of the sections an organization file fills in: the accountability chart, a customer
 * journey, a survey under the anonymity rule, and the fits leaders see — in a real browser, screenshotted.
 */
class SectionsBrowserTests extends BrowserTest {

	/** The load orders of the sections these pages show: seats, journeys, decisions, fits, surveys, ... */
	private static final List<Integer> MINE = List.of(25, 60, 70, 80, 90, 100, 110, 120);

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<OrganizationSection> sections;

	@Test
	void seatsJourneySurveyAndFitsPagesShowWhatTheFileHolds() {
		TestOrganization org = new SectionFixture(this.organizations, this.managePeople, this.jdbc)
			.organizationWithPeople();
		OrganizationFile file = file();
		this.sections.stream()
			.sorted(Comparator.comparingInt(OrganizationSection::order))
			.filter(section -> MINE.contains(section.order())) // teams and people are made above
			.forEach(section -> section.load(SectionFixture.context(org), file));
		Page page = signedIn(org.leader());

		page.navigate("/o/" + org.slug() + "/seats");
		assertThat(page.locator("h1")).hasText("Accountability chart");
		assertThat(page.locator(".seat-chart tbody tr")).hasCount(6);
		assertThat(page.locator(".empty-seat")).hasCount(2);
		screenshot(page, "sections-seats");

		page.navigate("/o/" + org.slug() + "/journeys");
		page.getByText("A first visit").click();
		assertThat(page.locator(".journey-stages > li")).hasCount(4);
		assertThat(page.locator(".pain-point.CRITICAL")).hasCount(1);
		screenshot(page, "sections-journey");

		page.navigate("/o/" + org.slug() + "/surveys");
		page.getByText("Spring pulse").click();
		assertThat(page.locator("#question-mission .survey-bar")).hasCount(5);
		// west (3) and "no team" (2) show nothing, but together they are 5: everyone's figure can show
		assertThat(page.locator("#question-mission .not-enough")).hasCount(2);
		assertThat(page.locator("#question-mission .overall .figure")).hasText("3.68");
		screenshot(page, "sections-survey");

		page.navigate("/o/" + org.slug() + "/fits");
		assertThat(page.locator("table.fits tbody tr")).hasCount(3);
		assertThat(page.locator(".rating.minus")).hasCount(1);
		screenshot(page, "sections-fits");

		Page member = signedIn(org.member());
		expectStatus(403);
		member.navigate("/o/" + org.slug() + "/fits");
		assertThat(member.locator("body")).not().containsText("Talk about the rota");
	}

	@Test
	void theExampleFilesDecisionsConcernsReviewsAndStoriesReadWell() throws java.io.IOException {
		OrganizationFile file = dev.plumbline.interchange.OrganizationFiles.read(
				java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/examples/organization.yaml")),
				dev.plumbline.interchange.FileFormat.YAML);
		TestOrganization org = new SectionFixture(this.organizations, this.managePeople, this.jdbc)
			.organizationWithPeopleOf(file);
		this.sections.stream()
			.sorted(Comparator.comparingInt(OrganizationSection::order))
			.filter(section -> MINE.contains(section.order()))
			.forEach(section -> section.load(SectionFixture.context(org), file));
		Page page = signedIn(org.stakeholder());
		for (String name : List.of("decisions", "concerns", "reviews", "stories", "journeys", "surveys", "seats")) {
			page.navigate("/o/" + org.slug() + "/" + name);
			assertThat(page.locator(".empty")).hasCount(0);
			screenshot(page, "sections-example-" + name);
		}
	}

	static OrganizationFile file() {
		Map<String, FitRating> strong = new LinkedHashMap<>();
		strong.put("dignity", FitRating.PLUS);
		strong.put("candour", FitRating.PLUS);
		Map<String, FitRating> mixed = new LinkedHashMap<>();
		mixed.put("dignity", FitRating.PLUS);
		mixed.put("candour", FitRating.MINUS);
		Map<String, FitRating> middling = new LinkedHashMap<>();
		middling.put("dignity", FitRating.PLUS_MINUS);
		middling.put("candour", FitRating.PLUS);
		List<Question> questions = List.of(new Question("mission", "I know how my work serves the mission", 5),
				new Question("values", "Our leaders live the values", 5),
				new Question("voice", "I can say when something isn't right", 5));
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			responses.add(answers(i % 2 == 0 ? "east" : "clinics", 3 + i % 3, 2 + i % 4, 4 + i % 2));
		}
		for (int i = 0; i < 3; i++) {
			responses.add(answers("west", 2, 2, 1));
		}
		responses.add(answers(null, 4, 4, 3));
		responses.add(answers(null, 5, 3, 4));
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withSeats(List.of(
					new OrganizationFile.Seat("ceo", "Chief executive", "clinics", null,
							"Keeps every clinic true to the mission.", List.of("Sets direction", "Chairs the review"),
							"ana"),
					new OrganizationFile.Seat("east-lead", "East clinic lead", "east", "ceo",
							"Short waits for the east side.", List.of("Rota", "Patient feedback"), "ben"),
					new OrganizationFile.Seat("west-lead", "West clinic lead", "west", "ceo",
							"A clinic the west end trusts.", List.of(), "cleo"),
					new OrganizationFile.Seat("east-nurse", "Head nurse, east", "east", "east-lead", null,
							List.of("Triage", "Training"), null),
					new OrganizationFile.Seat("outreach", "Outreach coordinator", "west", "west-lead",
							"Brings care to people who cannot come.", List.of("Van schedule"), null),
					new OrganizationFile.Seat("finance", "Finance", "clinics", "ceo", "Money follows priorities.",
							List.of(), "ana")))
			.withJourneys(List.of(new OrganizationFile.Journey("first-visit", "A first visit", "New patient, no GP",
					List.of(new Stage("book", "Booking", List.of("Phone line", "Website"),
							List.of(new PainPoint("hold", "Forty minutes on hold", PainSeverity.CRITICAL, "Call logs, March"),
									new PainPoint("form", "The web form loses answers", PainSeverity.MEDIUM, null))),
							new Stage("arrive", "Arriving", List.of("Reception", "Waiting room"),
									List.of(new PainPoint("signs", "Nobody finds the entrance", PainSeverity.LOW, null))),
							new Stage("consult", "Consultation", List.of("Nurse", "Doctor"), List.of()),
							new Stage("aftercare", "Aftercare", List.of("Letter", "Text message"),
									List.of(new PainPoint("letter", "Letters arrive late", PainSeverity.HIGH,
											"Twelve complaints in Q1")))))))
			.withSurveys(List.of(new OrganizationFile.Survey("pulse", "Spring pulse",
					OrganizationFile.Audience.EMPLOYEES, LocalDate.of(2026, 4, 1), questions, responses)))
			.withFits(List.of(
					new OrganizationFile.Fit("ana", "ceo", LocalDate.of(2026, 3, 1), strong,
							new OrganizationFile.Gwc(true, true, true), "A strong year."),
					new OrganizationFile.Fit("ben", "east-lead", LocalDate.of(2026, 6, 1), mixed,
							new OrganizationFile.Gwc(true, false, true), "Talk about the rota."),
					new OrganizationFile.Fit("cleo", "west-lead", LocalDate.of(2026, 5, 12), middling,
							new OrganizationFile.Gwc(true, true, false), null)));
	}

	private static Response answers(String team, int mission, int values, int voice) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		answers.put("mission", mission);
		answers.put("values", values);
		answers.put("voice", voice);
		return new Response(team, answers);
	}

}
