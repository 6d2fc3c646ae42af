package dev.plumbline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.Import;

import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.ScaleOrganizations;
import dev.plumbline.interchange.ScaleOrganizations.Scale;
import dev.plumbline.objective.Direction;
import dev.plumbline.objective.ObjectiveDraft;
import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.objective.ObjectiveFixture;
import dev.plumbline.objective.ObjectiveFixture.World;
import dev.plumbline.objective.ObjectiveStatus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Objectives in a real browser: the SMART hints follow the form as it is filled, a check-in from "My
 * objectives" moves the progress bar without a reload, the objective page draws its charts, and the parent
 * and owner pickers find by search (never offering a cycle), the team filter of the list finds a team by search
 * and filters the rows. Screenshots: objective-form.png, objective.png, my-objectives.png, objective-pickers.png,
 * objective-team-filter.png.
 */
@Import(ObjectiveFixture.class)
class ObjectiveBrowserTests extends BrowserTest {

	@Autowired
	ObjectiveFixture fixture;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ImportOrganization importOrganization;

	@Test
	void theSmartHintsChangeAsTheObjectiveIsWritten() {
		World w = this.fixture.world();
		Page page = signedIn(w.org().leader());
		page.navigate("/o/" + w.org().slug() + "/objectives");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("+ New objective")).click();
		Locator hints = page.locator("#smart-hints");
		assertThat(letter(hints, "SPECIFIC")).hasClass(Pattern.compile("fail"));
		assertThat(letter(hints, "RELEVANT")).hasClass(Pattern.compile("fail"));
		assertThat(letter(hints, "TIMEBOUND")).hasClass(Pattern.compile("fail"));

		page.fill("#title", "Every caller seen within the week");
		page.fill("textarea[name=description]", "Same-week appointments for everyone who calls, at both clinics.");
		page.getByLabel("Access").check();
		assertThat(letter(hints, "RELEVANT")).hasClass(Pattern.compile("pass"));
		page.fill("#start", LocalDate.now().toString());
		page.fill("#due", LocalDate.now().plusMonths(6).toString());
		assertThat(letter(hints, "TIMEBOUND")).hasClass(Pattern.compile("pass"));
		page.fill("input[name='keyResults[0].title']", "Patients seen within 7 days");
		page.fill("input[name='keyResults[0].unit']", "%");
		page.fill("input[name='keyResults[0].baseline']", "52");
		assertThat(letter(hints, "SPECIFIC")).hasClass(Pattern.compile("pass"));
		assertThat(letter(hints, "MEASURABLE")).hasClass(Pattern.compile("fail"));
		assertThat(letter(hints, "MEASURABLE")).containsText("\"Patients seen within 7 days\"");
		page.fill("input[name='keyResults[0].target']", "85");
		assertThat(letter(hints, "MEASURABLE")).hasClass(Pattern.compile("pass"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+ Add a key result")).click();
		page.fill("input[name='keyResults[1].title']", "Calls abandoned before answer");
		page.fill("input[name='keyResults[1].unit']", "%");
		page.fill("input[name='keyResults[1].baseline']", "18");
		page.fill("input[name='keyResults[1].target']", "6");
		page.selectOption("select[name='keyResults[1].direction']", "DECREASE");
		assertThat(hints.locator("li.fail")).hasCount(0);
		screenshot(page, "objective-form");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create objective")).click();
		assertThat(page).hasURL(Pattern.compile("/objectives/[0-9a-f-]{36}$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Objective created.");
		assertThat(page.locator("h1")).hasText("Every caller seen within the week");
		assertThat(page.locator(".smart li.fail")).hasCount(0);
	}

	@Test
	void theParentAndOwnerPickersFindBySearchAndNeverOfferACycle() {
		TestOrganizations.TestOrganization org = this.beans.createBean(DemoData.class).seed();
		Page page = signedIn(org.leader());
		page.navigate("/o/" + org.slug() + "/objectives/key/clinic-capacity");
		assertThat(page.locator("h1")).hasText("Add clinic capacity where waits are longest");
		page.navigate(page.url() + "/edit");
		Locator parents = page.locator("#parent option");
		Locator parentSearch = page.locator("input.picker-search[aria-label='Search parent objectives by title or key']");

		// "Evening clinic at Eastside" sits below this objective: choosing it would make a cycle; the parent
		// already chosen stays offered whatever the search
		parentSearch.fill("evening");
		assertThat(parents).hasText(new String[] { "— top level —", "Everyone who calls gets care within the week · same-week-care" });
		parentSearch.fill("front desk");
		assertThat(parents).hasCount(3);
		page.selectOption("#parent", new SelectOption().setLabel("A front desk that knows every patient's name · eastside-front-desk"));
		Locator ownerSearch = page.locator("input.picker-search[aria-label='Search owners by name']");
		ownerSearch.fill("priya");
		assertThat(page.locator("#owner option", new Page.LocatorOptions().setHasText("Dr. Priya Raman"))).hasCount(1);
		page.selectOption("#owner", new SelectOption().setLabel("Dr. Priya Raman"));
		screenshot(page, "objective-pickers");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile("/objectives/[0-9a-f-]{36}$"));
		assertThat(page.locator("h1")).hasText("Add clinic capacity where waits are longest");
		assertThat(page.locator(".page-head")).containsText("A front desk that knows every patient's name");
		assertThat(page.locator("body")).containsText("Dr. Priya Raman");
	}

	@Test
	void theTeamFilterFindsATeamBySearchAndFiltersTheList() {
		TestOrganizations.TestOrganization org = this.organizations.create();
		OrganizationFile file = ScaleOrganizations.generate(org.slug(), new Scale(150, 150, 300, 1, 0, 0, 0, 0), 3)
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		this.importOrganization.replace(this.organizations.as(org.slug(), org.admin()), file, ImportProgress.none());
		Page page = signedIn(org.member());
		page.navigate("/o/" + org.slug() + "/objectives");
		Locator teams = page.locator("#f-team option");
		assertThat(teams).hasCount(27);
		markDocument(page);

		// "Team 99" sorts past the first few: only a search finds it
		page.getByLabel("Search teams by name or key").pressSequentially("team 9", new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(teams).hasCount(1 + 11);
		page.getByLabel("Team", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Team 99"));
		Locator teamCells = page.locator("#objective-rows td:nth-child(2)");
		assertThat(teamCells).hasText(new String[] { "Team 99", "Team 99" });
		assertThat(page).hasURL(Pattern.compile("team=[0-9a-f-]{36}"));
		assertSameDocument(page);
		screenshot(page, "objective-team-filter");

		// the team chosen stays offered, selected, whatever the next search
		page.getByLabel("Search teams by name or key").fill("team 14");
		assertThat(teams).hasCount(1 + 1 + 11);
		assertThat(page.locator("#f-team option:checked")).hasText("Team 99");
	}

	@Test
	void theObjectivePageDrawsCheckInsAgainstThePlanAndTheConfidenceTrend() {
		World w = this.fixture.world();
		LocalDate today = LocalDate.now();
		UUID parent = this.fixture.objective(w, new ObjectiveDraft("same-week-care", "Everyone who calls gets care within the week",
				"", w.leaderPerson(), w.team(), null, List.of("access"), null, today.minusDays(120), today.plusDays(240),
				ObjectiveStatus.ACTIVE, List.of(new KeyResultDraft("seen", "Seen within 7 days", "%", new BigDecimal("52"),
						new BigDecimal("85"), Direction.INCREASE))));
		UUID id = this.fixture.objective(w, new ObjectiveDraft("eastside-evening", "Evening clinic at Eastside",
				"Two evening sessions a week so that people who work days can come without losing pay.", w.memberPerson(),
				w.team(), parent, List.of(), null, today.minusDays(100), today.plusDays(80), ObjectiveStatus.ACTIVE,
				List.of(new KeyResultDraft("sessions", "Evening sessions per week", "sessions", BigDecimal.ZERO,
						new BigDecimal("4"), Direction.INCREASE),
						new KeyResultDraft("no-shows", "No-show rate in evening sessions", "%", new BigDecimal("16"),
								new BigDecimal("8"), Direction.DECREASE))));
		List<UUID> krs = this.fixture.keyResults(w, id);
		for (int week = 0; week < 14; week++) {
			LocalDate date = today.minusDays(97 - week * 7L);
			this.fixture.checkIn(w, krs.get(0), date, Math.min(4, Math.floor(week / 3.5)), 0.6 + week * 0.02, "");
			this.fixture.checkIn(w, krs.get(1), date, 16 - week * 0.45, 0.8 - week * 0.025, week == 13 ? "Reminder texts help" : "");
		}
		Page page = signedIn(w.org().member());
		page.navigate("/o/" + w.org().slug() + "/objectives/" + id);
		assertThat(page.locator("h1")).hasText("Evening clinic at Eastside");
		assertThat(page.locator(".kr-chart svg path").first()).isAttached();
		assertThat(page.locator(".confidence-chart svg path").first()).isAttached();
		assertThat(page.getByText("Access to care (via parent)").or(page.getByText("Access (via parent)"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Everyone who calls gets care within the week")).first())
			.isVisible();
		screenshot(page, "objective");
	}

	@Test
	void aMemberChecksInFromMyObjectivesAndTheProgressBarMoves() {
		World w = this.fixture.world();
		LocalDate today = LocalDate.now();
		UUID id = this.fixture.objective(w, new ObjectiveDraft("eastside-no-shows", "Halve no-shows at Eastside", "",
				w.memberPerson(), w.team(), null, List.of("access"), null, today.minusDays(60), today.plusDays(90),
				ObjectiveStatus.ACTIVE, List.of(new KeyResultDraft("no-show-rate", "No-show rate", "%", new BigDecimal("16"),
						new BigDecimal("8"), Direction.DECREASE),
						new KeyResultDraft("sms", "Appointments with an SMS reminder", "%", new BigDecimal("30"),
								new BigDecimal("95"), Direction.INCREASE))));
		this.fixture.objective(w, new ObjectiveDraft("eastside-evening", "Evening clinic at Eastside", "", w.memberPerson(),
				w.team(), null, List.of("access"), null, today.minusDays(90), today.plusDays(60), ObjectiveStatus.ACTIVE,
				List.of(new KeyResultDraft("sessions", "Evening sessions per week", "sessions", BigDecimal.ZERO,
						new BigDecimal("4"), Direction.INCREASE))));
		List<UUID> krs = this.fixture.keyResults(w, id);
		this.fixture.checkIn(w, krs.get(0), today.minusDays(14), 14, 0.6, "");
		this.fixture.checkIn(w, krs.get(1), today.minusDays(14), 56, 0.7, "");

		Page page = signedIn(w.org().member());
		page.navigate("/o/" + w.org().slug() + "/my/objectives");
		Locator card = page.locator("#objective-" + id);
		Locator bar = card.locator(".objective-progress .progress");
		String before = bar.getAttribute("aria-valuenow");
		markDocument(page);
		Locator row = card.locator("#kr-" + krs.get(0));
		row.getByLabel("Value").fill("10");
		row.getByLabel("Confidence").selectOption("0.8");
		row.getByLabel("Note").fill("Reminder texts went out all week");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check in")).click();

		assertThat(page.locator("#kr-" + krs.get(0) + " .saved")).hasText("Saved ✓");
		// no-shows 16 → 10 of 16 → 8 = 75 %; reminders 30 → 56 of 30 → 95 = 40 %; mean 57.5 → 58; before: 25 % and 40 % → 33
		assertThat(page.locator("#objective-" + id + " .objective-progress .progress")).hasAttribute("aria-valuenow", "58");
		org.assertj.core.api.Assertions.assertThat(before).isEqualTo("33");
		assertSameDocument(page);
		screenshot(page, "my-objectives");
	}

	private static Locator letter(Locator hints, String letter) {
		return hints.locator("li[data-letter=" + letter + "]");
	}

}
