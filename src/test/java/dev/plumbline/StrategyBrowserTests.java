package dev.plumbline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.charter.CharterContent;
import dev.plumbline.charter.Pillar;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.ManagePeople;
import dev.plumbline.strategy.CreateInitiative;
import dev.plumbline.strategy.InitiativeDraft;
import dev.plumbline.strategy.StrategyFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The portfolio and the roadmap in a real browser, on data made here; screenshots portfolio.png and
 * roadmap.png in target/screenshots.
 */
class StrategyBrowserTests extends BrowserTest {

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ReviseCharter reviseCharter;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	CreateInitiative createInitiative;

	@Autowired
	JdbcClient jdbc;

	@Test
	void portfolioDrawsResourcesAgainstPrioritiesAndShowsOrphans() {
		TestOrganization org = clinic();
		Page page = signedIn(org.member());
		page.navigate("/o/" + org.slug() + "/portfolio");
		assertThat(page.locator("#shares-chart svg rect, #shares-chart svg path").first()).isAttached();
		assertThat(page.locator("#orphans")).containsText("Grant diversification");
		assertThat(page.locator(".lane").first()).containsText("Evening clinic hours");
		screenshot(page, "portfolio");
	}

	@Test
	void roadmapShowsInitiativesAndObjectivesByPillarThenByTeam() {
		TestOrganization org = clinic();
		Page page = signedIn(org.member());
		page.navigate("/o/" + org.slug() + "/roadmap");
		assertThat(page.locator("#roadmap-chart svg path").first()).isAttached();
		assertThat(page.locator("#undated")).containsText("Waiting-room redesign");
		screenshot(page, "roadmap");
		markDocument(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team").setExact(true)).click();
		assertThat(page.locator("#timeline a[aria-pressed=true]")).hasText("Team");
		assertThat(page.locator("#roadmap-chart svg path").first()).isAttached();
		assertSameDocument(page);
		screenshot(page, "roadmap-by-team");
	}

	@Test
	void leaderAddsAnInitiativeThroughTheFormAndFindsItInTheFilteredList() {
		TestOrganization org = clinic();
		Page page = signedIn(org.leader());
		page.navigate("/o/" + org.slug() + "/initiatives");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("+ New initiative")).click();
		page.fill("#name", "Interpreter on call");
		page.fill("#description", "Phone and video interpreters for twelve languages, bookable from the front desk.");
		page.selectOption("#owner", new com.microsoft.playwright.options.SelectOption().setLabel("Sofia Alvarez"));
		page.selectOption("#status", "ACTIVE");
		page.fill("#start", LocalDate.now().minusMonths(1).toString());
		page.fill("#end", LocalDate.now().plusMonths(8).toString());
		page.fill("#budget", "60000");
		page.fill("#fte", "1.5");
		page.getByLabel("Access to care").check();
		page.getByLabel("Quality & safety").check();
		// the objectives are a limited picker: a search finds the one, the choice is an option of the multi-select
		page.fill("input.picker-search[aria-label='Search objectives by title or key']", "same-day slots");
		Locator sameDay = page.locator("#objectives option", new Page.LocatorOptions().setHasText("Same-day slots for 30 % of visits"));
		assertThat(page.locator("#objectives option")).hasCount(1);
		page.selectOption("#objectives", sameDay.getAttribute("value"));
		page.fill("#painPoints", "new-patient.visit.language-barrier");
		screenshot(page, "initiative-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added initiative \"Interpreter on call\".");
		assertThat(page.locator("main")).containsText("Same-day slots for 30 % of visits");
		screenshot(page, "initiative-detail");

		page.navigate("/o/" + org.slug() + "/initiatives");
		markDocument(page);
		page.selectOption("#f-pillar", "quality");
		assertThat(page.locator("#initiative-rows tbody tr")).hasCount(4);
		assertThat(page.locator("#initiative-rows")).not().containsText("Evening clinic hours");
		assertSameDocument(page);
		page.selectOption("#f-pillar", "");
		assertThat(page.locator("#initiative-rows tbody tr")).hasCount(7);
		screenshot(page, "initiatives");
	}

	private TestOrganization clinic() {
		TestOrganization org = this.organizations.create();
		CurrentOrganization asLeader = this.organizations.as(org.slug(), org.leader());
		CurrentOrganization asAdmin = this.organizations.as(org.slug(), org.admin());
		this.reviseCharter.revise(asLeader, 0, new CharterContent("Care for all.", "Clinics for everyone.", List.of(),
				List.of(new Pillar("access", "Access to care", "", 5), new Pillar("quality", "Quality & safety", "", 3),
						new Pillar("prevention", "Prevention", "", 2), new Pillar("sustainability", "Sustainability", "", 2))));
		this.managePeople.addTeam(asAdmin, new ManagePeople.NewTeam("clinics", "Clinical operations", null));
		this.managePeople.addTeam(asAdmin, new ManagePeople.NewTeam("outreach", "Community outreach", null));
		UUID lena = this.managePeople.addPerson(asAdmin, new ManagePeople.NewPerson("lena", "Lena Fischer", null, "clinics"));
		UUID sofia = this.managePeople.addPerson(asAdmin, new ManagePeople.NewPerson("sofia", "Sofia Alvarez", null, "outreach"));
		UUID kwame = this.managePeople.addPerson(asAdmin, new ManagePeople.NewPerson("kwame", "Kwame Mensah", null, null));
		LocalDate today = LocalDate.now();
		StrategyFixtures fixtures = new StrategyFixtures(this.jdbc);
		fixtures.objective(org.id(), "same-day", "Same-day slots for 30 % of visits", today.minusMonths(3),
				today.plusMonths(6), "access");
		fixtures.objective(org.id(), "screening", "Screen 2,000 adults for diabetes", today.minusMonths(1),
				today.plusMonths(9), "prevention");
		create(asLeader, "Evening clinic hours", lena, "ACTIVE", today.minusMonths(4), today.plusMonths(5), 180_000, 3.5, 45, "access");
		create(asLeader, "Mobile vaccination van", sofia, "ACTIVE", today.minusMonths(2), today.plusMonths(10), 95_000, 2, 20, "prevention", "access");
		create(asLeader, "Clinician mentoring", lena, "PLANNED", today.plusMonths(1), today.plusMonths(8), 40_000, 1, 0, "quality");
		create(asLeader, "Grant diversification", kwame, "ACTIVE", today.minusMonths(6), today.plusMonths(6), 60_000, 1.5, 35);
		create(asLeader, "Patient portal", kwame, "PAUSED", today.minusMonths(9), today.minusMonths(1), 120_000, 2, 60, "access", "quality");
		create(asLeader, "Waiting-room redesign", null, "PROPOSED", null, null, 25_000, 0.5, 0, "quality");
		return org;
	}

	private void create(CurrentOrganization asLeader, String name, UUID owner, String status, LocalDate start,
			LocalDate end, int budget, double fte, int progress, String... pillars) {
		this.createInitiative.create(asLeader, new InitiativeDraft(null, name, "", owner, status, start, end,
				BigDecimal.valueOf(budget), BigDecimal.valueOf(fte), progress, List.of(pillars), List.of(), List.of()));
	}

}
