package dev.plumbline;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import dev.plumbline.TestOrganizations.TestOrganization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The scorecard and a KPI page in a real browser, on the demo's KPIs: colours, sparklines, stale markers,
 * the trend chart with its bands, a measurement recorded in place with htmx, and the owner filter's picker
 * found by a search.
 */
class KpiBrowserTests extends BrowserTest {

	@Autowired
	AutowireCapableBeanFactory beans;

	@Test
	void scorecardAndKpiPageShowTheDemoKpisAndAMeasurementUpdatesInPlace() {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		Page page = signedIn(org.leader());
		page.navigate("/o/" + org.slug() + "/scorecard");
		Locator rows = page.locator("#results tbody tr");
		assertThat(rows).hasCount(10);
		assertThat(page.locator("#results tr.red")).hasCount(3);
		assertThat(page.locator("#results .stale-marker")).hasCount(2);
		assertThat(page.locator("#results .sparkline svg").first()).isAttached();
		screenshot(page, "scorecard");

		page.selectOption("#f-status", "RED");
		assertThat(rows).hasCount(3);
		assertThat(page).hasURL(Pattern.compile("status=RED"));
		page.selectOption("#f-status", "");
		assertThat(rows).hasCount(10);

		// the owner filter is a limited picker: a search replaces its options, choosing one filters the rows
		page.fill("input.picker-search[aria-label='Search owners by name']", "sofia");
		assertThat(page.locator("#f-owner option", new Page.LocatorOptions().setHasText("Yara Haddad"))).hasCount(0);
		assertThat(page.locator("#f-owner option")).hasCount(2);
		page.selectOption("#f-owner", new com.microsoft.playwright.options.SelectOption().setLabel("Sofia Alvarez"));
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText("Childhood vaccination rate");
		assertThat(page).hasURL(Pattern.compile("owner=[0-9a-f-]{36}"));
		screenshot(page, "scorecard-owner-picker");
		page.selectOption("#f-owner", "");
		assertThat(rows).hasCount(10);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Childhood vaccination rate")).click();
		assertThat(page.locator("h1")).hasText("Childhood vaccination rate");
		assertThat(page.locator("#kpi-status")).hasText("Red");
		assertThat(page.locator("#trend-chart svg path").first()).isAttached();
		screenshot(page, "kpi");

		markDocument(page);
		page.fill("#m-value", "93.5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record")).click();
		assertThat(page.locator("#kpi-status")).hasText("Green");
		assertThat(page.locator("#latest-value")).hasText("93.5");
		assertThat(page.locator("#trend-chart svg path").first()).isAttached();
		assertSameDocument(page);
		screenshot(page, "kpi-recorded");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit KPI")).click();
		assertThat(page.locator("#name")).hasValue("Childhood vaccination rate");
		assertThat(page.locator("input[name=pillars][value=prevention]")).isChecked();
		screenshot(page, "kpi-form");
	}

}
