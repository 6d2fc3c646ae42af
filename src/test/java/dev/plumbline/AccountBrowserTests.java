package dev.plumbline;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.TestOrganizations.TestOrganization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A newcomer's first minutes in a real browser: the sign-in page, signing up, creating an organization,
 * adding a member, creating an API token. Screenshots of each page go to target/screenshots.
 */
class AccountBrowserTests extends BrowserTest {

	@Autowired
	TestOrganizations organizations;

	@Test
	void aWrongPasswordIsSaidPlainly() {
		Page page = newPage();
		page.navigate("/login");
		assertThat(page.locator(".demo-hint")).containsText("leader@demo.plumbline.dev");
		page.fill("#email", "leader@demo.plumbline.dev");
		page.fill("#password", "not the password");
		button(page, "Sign in").click();
		assertThat(page.getByText("E-mail or password is wrong.")).isVisible();
		screenshot(page, "login");
	}

	@Test
	void aNewcomerSignsUpCreatesAnOrganizationAndLandsOnItsEmptyCharter() {
		String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String slug = "riverside-" + UUID.randomUUID().toString().substring(0, 6);
		Page page = newPage();
		page.navigate("/signup");
		page.fill("input[name=displayName]", "Rosa Newcomer");
		page.fill("input[name=email]", email);
		page.fill("input[name=password]", "short");
		button(page, "Create account").click();
		assertThat(page.getByText("must be at least 12 characters long")).isVisible();
		page.fill("input[name=password]", "a long and private passphrase");
		button(page, "Create account").click();
		assertThat(page.getByText("Your account is ready. Sign in.")).isVisible();

		signIn(page, email, "a long and private passphrase");
		assertThat(page.getByText("You belong to no organization yet")).isVisible();
		page.fill("input[name=name]", "Riverside Food Bank");
		page.fill("input[name=slug]", slug);
		screenshot(page, "home");
		button(page, "Create").click();
		assertThat(page).hasURL(Pattern.compile("/o/" + slug + "/charter$"));
		assertThat(page.getByText("No charter yet")).isVisible();
		assertThat(page.locator(".badge.ADMIN")).hasText("ADMIN");
		screenshot(page, "charter-empty");
	}

	@Test
	void anAdminAddsAMemberAndChangesTheirRole() {
		TestOrganization org = this.organizations.create();
		TestUser newcomer = this.organizations.person(org.slug(), "newcomer");
		Page page = signedIn(org.admin());
		page.navigate("/o/" + org.slug() + "/members");
		page.fill("#member-email", newcomer.email());
		page.selectOption("#member-role", "MEMBER");
		button(page, "Add").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Added " + newcomer.email());
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(newcomer.email()));
		row.locator("select[name=role]").selectOption("LEADER");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Role changed");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(newcomer.email()))
			.locator("select[name=role]")).hasValue("LEADER");
		screenshot(page, "members");
	}

	@Test
	void aPersonalTokenIsShownOnceThenOnlyItsPrefix() {
		TestOrganization org = this.organizations.create();
		Page page = signedIn(org.member());
		page.navigate("/account/tokens");
		assertThat(page.getByText("No tokens yet.")).isVisible();
		page.fill("#token-name", "CI audit");
		button(page, "Create token").click();
		assertThat(page.locator(".token-once")).containsText("plb_");
		screenshot(page, "tokens");
		page.navigate("/account/tokens");
		assertThat(page.locator(".token-once")).hasCount(0);
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("CI audit"))).containsText("plb_");
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
