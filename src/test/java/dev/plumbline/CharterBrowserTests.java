package dev.plumbline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.TestOrganizations.TestOrganization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charter in a real browser: editing, history and diff, refused and stale edits, the htmx
 * acknowledgement, the pillar chart and the Content-Security-Policy. Each scenario leaves a screenshot in
 * target/screenshots.
 */
class CharterBrowserTests extends BrowserTest {

	private static final String NEW_MISSION = "We run clinics and home visits for every family in the valley.";

	@Autowired
	TestOrganizations organizations;

	@Test
	void leaderEditsTheMissionAndSeesTheNewVersionAndItsDiff() {
		TestOrganization org = this.organizations.withCharter();
		Page page = signedIn(org.leader());
		page.navigate("/o/" + org.slug() + "/charter");
		assertThat(page.locator("#mission")).hasText("We run clinics for everyone.");

		link(page, "Edit charter").click();
		assertThat(page.getByText("Editing version 1")).isVisible();
		page.fill("textarea[name=mission]", NEW_MISSION);
		screenshot(page, "charter-edit");
		button(page, "Save as a new version").click();

		assertThat(page).hasURL(Pattern.compile("/o/" + org.slug() + "/charter$"));
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved as version 2.");
		assertThat(page.locator("#mission")).hasText(NEW_MISSION);
		assertThat(page.getByText(Pattern.compile("^Version 2 · saved by leader of"))).isVisible();
		assertThat(page.locator("#pillar-chart svg path").first()).isAttached();
		screenshot(page, "charter-view");

		page.locator(".page-head").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("History")).click();
		Locator versions = page.locator(".timeline li");
		assertThat(versions).hasCount(2);
		assertThat(versions.first()).containsText("Version 2");
		assertThat(versions.first()).containsText("Mission edited");
		assertThat(versions.last()).containsText("Version 1");
		assertMissionDiff(page, "Changes from version 1 to version 2");

		markDocument(page);
		versions.last().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("What changed")).click();
		assertThat(page.locator("#diff .eyebrow")).hasText("Version 1 compared with an empty charter");
		assertThat(page.locator("#mission-diff ins")).hasText("We run clinics for everyone.");
		assertThat(page.locator("#mission-diff del")).hasCount(0);
		assertThat(page).hasURL(Pattern.compile("from=0&to=1"));

		page.selectOption("#from", "1");
		page.selectOption("#to", "2");
		button(page, "Compare").click();
		assertMissionDiff(page, "Changes from version 1 to version 2");
		assertThat(page).hasURL(Pattern.compile("from=1&to=2"));
		assertSameDocument(page);
		screenshot(page, "charter-history-diff");
	}

	@Test
	void editFormShowsFieldErrors() {
		TestOrganization org = this.organizations.withCharter();
		Page page = signedIn(org.leader());
		page.navigate("/o/" + org.slug() + "/charter/edit");
		page.fill("textarea[name=mission]", "");
		page.fill("input[name='pillars[0].weight']", "9");

		// The browser's own check (max=5) stops the first attempt before it reaches the server...
		markDocument(page);
		button(page, "Save as a new version").click();
		assertThat(page.locator("input[name='pillars[0].weight']").evaluate("input => input.validity.rangeOverflow"))
			.isEqualTo(true);
		assertSameDocument(page);

		// ...and the server refuses the same form on its own when the browser's check is bypassed.
		expectStatus(400);
		Response refused = page.waitForResponse(this::isCharterSave,
				() -> page.locator("#charter-form").evaluate("form => form.submit()"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Some fields need attention");
		Locator missionField = page.locator("div.has-error:has(textarea[name=mission])");
		assertThat(missionField.locator(".field-error")).containsText("must not be empty");
		Locator weightField = page.locator("div.has-error:has(input[name='pillars[0].weight'])");
		assertThat(weightField.locator(".field-error")).containsText("must be from 1 to 5");
		assertThat(page.locator("input[name='pillars[0].weight']")).hasValue("9");
		screenshot(page, "charter-edit-errors");

		page.navigate("/o/" + org.slug() + "/charter");
		assertThat(page.getByText(Pattern.compile("^Version 1 · saved by"))).isVisible();
		assertThat(page.locator("#mission")).hasText("We run clinics for everyone.");
	}

	@Test
	void staleEditIsRefusedWithAClearMessage() {
		TestOrganization org = this.organizations.withCharter();
		Page leader = signedIn(org.leader());
		Page admin = signedIn(org.admin());
		leader.navigate("/o/" + org.slug() + "/charter/edit");
		admin.navigate("/o/" + org.slug() + "/charter/edit");

		leader.fill("textarea[name=mission]", NEW_MISSION);
		button(leader, "Save as a new version").click();
		assertThat(leader.getByRole(AriaRole.STATUS)).hasText("Saved as version 2.");

		expectStatus(409);
		String adminsMission = "We run clinics, and nothing else.";
		admin.fill("textarea[name=mission]", adminsMission);
		Response refused = admin.waitForResponse(this::isCharterSave,
				() -> button(admin, "Save as a new version").click());
		assertThat(refused.status()).isEqualTo(409);
		Locator alert = admin.getByRole(AriaRole.ALERT);
		assertThat(alert).containsText("This charter was changed by someone else while you were editing.");
		assertThat(alert).containsText("you edited version 1, it is now at version 2");
		assertThat(admin.locator("textarea[name=mission]")).hasValue(adminsMission);
		screenshot(admin, "charter-stale");

		admin.navigate("/o/" + org.slug() + "/charter");
		assertThat(admin.getByText(Pattern.compile("^Version 2 · saved by leader of"))).isVisible();
		assertThat(admin.locator("#mission")).hasText(NEW_MISSION);
	}

	@Test
	void aRefusedEditorMaySaveTheirTextOverTheNewerVersionKnowingly() {
		TestOrganization org = this.organizations.withCharter();
		Page leader = signedIn(org.leader());
		Page admin = signedIn(org.admin());
		leader.navigate("/o/" + org.slug() + "/charter/edit");
		admin.navigate("/o/" + org.slug() + "/charter/edit");
		leader.fill("textarea[name=mission]", NEW_MISSION);
		button(leader, "Save as a new version").click();
		assertThat(leader.getByRole(AriaRole.STATUS)).hasText("Saved as version 2.");

		expectStatus(409);
		String adminsMission = "We run clinics, and we say so plainly.";
		admin.fill("textarea[name=mission]", adminsMission);
		admin.waitForResponse(this::isCharterSave, () -> button(admin, "Save as a new version").click());
		Locator alert = admin.getByRole(AriaRole.ALERT);
		assertThat(alert.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("See what they changed")))
			.hasAttribute("href", Pattern.compile("/charter/history/diff\\?from=1&to=2$"));
		assertThat(admin.locator("textarea[name=mission]")).hasValue(adminsMission);
		button(admin, "Save my text as version 3 anyway").click();
		assertThat(admin.getByRole(AriaRole.STATUS)).hasText("Saved as version 3.");
		assertThat(admin.locator("#mission")).hasText(adminsMission);
	}

	@Test
	void memberAcknowledgesTheCharterWithHtmx() {
		TestOrganization org = this.organizations.withCharter();
		Page page = signedIn(org.member());
		page.navigate("/o/" + org.slug() + "/charter");
		Locator acknowledgement = page.locator("#acknowledgement");
		assertThat(acknowledgement.locator(".big-number")).hasText("0%");
		assertThat(acknowledgement).containsText("0 of 3 members acknowledged version 1");
		assertThat(acknowledgement).not().containsText("You acknowledged");

		markDocument(page);
		acknowledgement.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I have read it")).click();
		assertThat(acknowledgement).containsText("You acknowledged version 1.");
		assertThat(acknowledgement).containsText("1 of 3 members acknowledged version 1");
		assertThat(acknowledgement.locator(".big-number")).hasText("33%");
		assertThat(acknowledgement.getByRole(AriaRole.BUTTON)).hasCount(0);
		assertSameDocument(page);
		screenshot(page, "charter-acknowledged");
	}

	@Test
	void demoCharterPageDrawsThePillarChart() {
		Page page = newPage(1280, 900); // this screenshot goes into the README
		signIn(page, "leader@demo.plumbline.dev", "demo-leader");
		page.navigate("/o/demo/charter");
		assertThat(page.locator(".topbar .org-name")).hasText("Northwind Community Clinics");
		assertThat(page.locator("#pillar-chart svg")).isVisible();
		assertThat(page.locator("#pillar-chart svg path").first()).isAttached();
		screenshot(page, "demo-charter");
	}

	@Test
	void noInlineScriptRunsAndCspIsSent() {
		TestOrganization org = this.organizations.withCharter();
		Page page = newPage();
		// Records violations from the page itself, in addition to chromium's console lines about them.
		page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
				+ "(window.cspViolations = window.cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI))");
		signIn(page, org.leader().email(), org.leader().password());

		Response charter = page.navigate("/o/" + org.slug() + "/charter");
		String policy = charter.headerValue("content-security-policy");
		assertThat(policy).isNotNull();
		String scriptSrc = directive(policy, "script-src");
		assertThat(scriptSrc).isEqualTo("script-src 'self'");
		assertThat(scriptSrc).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
		assertThat(page.locator("#pillar-chart svg")).isVisible();
		assertNoInlineScriptAndNoViolation(page);

		page.navigate("/o/" + org.slug() + "/charter/history");
		page.locator(".timeline li").first()
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("What changed"))
			.click();
		assertThat(page.locator("#diff .eyebrow")).hasText("Version 1 compared with an empty charter");
		assertNoInlineScriptAndNoViolation(page);

		page.navigate("/o/" + org.slug() + "/charter/edit");
		button(page, "+ Add a pillar").click();
		assertThat(page.locator("input[name='pillars[2].name']")).isFocused();
		assertNoInlineScriptAndNoViolation(page);
		assertThat(problems()).as("console errors, CSP violations among them").isEmpty();
	}

	private boolean isCharterSave(Response response) {
		return "POST".equals(response.request().method()) && response.url().endsWith("/charter");
	}

	private void assertMissionDiff(Page page, String heading) {
		assertThat(page.locator("#diff .eyebrow")).hasText(heading);
		List<String> added = page.locator("#mission-diff ins").allInnerTexts();
		List<String> removed = page.locator("#mission-diff del").allInnerTexts();
		assertThat(String.join("", added)).contains("and home visits", "family in the valley.");
		assertThat(String.join("", removed)).contains("everyone.");
		assertThat(page.locator("#mission-diff .same").first()).containsText("We run clinics");
	}

	private void assertNoInlineScriptAndNoViolation(Page page) {
		assertThat(page.locator("script:not([src])")).hasCount(0);
		assertThat((List<?>) page.evaluate("() => window.cspViolations || []")).isEmpty();
		List<String> cspLines = new ArrayList<>(problems());
		cspLines.removeIf(line -> !line.contains("Content Security Policy"));
		assertThat(cspLines).isEmpty();
	}

	private static String directive(String policy, String name) {
		for (String part : policy.split(";")) {
			if (part.strip().startsWith(name + " ")) {
				return part.strip();
			}
		}
		return "";
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
