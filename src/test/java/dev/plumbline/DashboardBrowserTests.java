package dev.plumbline;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.audit.RunAudit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The alignment dashboard of an organization like the demo: the index, its trend, pillars and teams, why
 * the score is what it is, findings filtered in place, and the alignment graph drawn.
 */
class DashboardBrowserTests extends BrowserTest {

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	RunAudit runAudit;

	@Test
	void aLeaderSeesTheAlignmentPictureAndFiltersFindingsInPlace() {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		this.runAudit.run(org.id(), "test");
		Page page = signedIn(org.leader());
		page.navigate("/o/" + org.slug());

		assertThat(page).hasURL(java.util.regex.Pattern.compile("/o/" + org.slug() + "/dashboard$"));
		assertThat(page.locator("h1")).hasText("Alignment");
		assertThat(page.locator("#index-gauge svg")).isAttached();
		assertThat(page.locator("#trend-chart svg")).isAttached();
		assertThat(page.locator("#pillar-chart svg")).isAttached();
		assertThat(page.locator("#team-chart svg")).isAttached();
		assertThat(page.locator("#graph-chart svg")).isAttached();
		assertThat(page.locator("#why tbody tr").first()).isVisible();
		assertThat(page.locator("#findings .finding").first()).isVisible();
		assertThat(page.locator("#findings")).containsText("VALUES_MISFIT");
		screenshot(page, "dashboard");

		markDocument(page);
		page.selectOption("#findings select[name=severity]", "CRITICAL");
		Locator findings = page.locator("#findings .finding");
		assertThat(page.locator("#findings .severity-head")).hasCount(1);
		assertThat(page.locator("#findings .severity-head")).hasText("Critical");
		assertThat(findings.first()).containsText("ORPHAN_INITIATIVE");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("severity=CRITICAL"));
		assertSameDocument(page);
		page.locator("#graph").scrollIntoViewIfNeeded();
		screenshot(page, "dashboard-critical");
	}

	@Test
	void theDemoOpensOnItsDashboardOnceItsFirstAuditIsDone() {
		Page page = signedIn("leader@demo.plumbline.dev", "demo-leader");
		page.navigate("/o/demo");

		// The first view of an organization never audited waits (polling) for the background run.
		assertThat(page.locator("#dashboard-body")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
			.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator(".eyebrow").first()).hasText("Northwind Community Clinics");
		assertThat(page.locator("#graph-chart svg")).isAttached();
		page.setViewportSize(1280, 1180);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("demo-dashboard.png")));
		page.locator("#graph").scrollIntoViewIfNeeded();
		screenshot(page, "demo-dashboard-full");
	}

	@Test
	void aMemberSeesNoFitFindings() {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		this.runAudit.run(org.id(), "test");
		Page page = signedIn(org.member());
		page.navigate("/o/" + org.slug() + "/dashboard");

		assertThat(page.locator("#findings .finding").first()).isVisible();
		assertThat(page.locator("#findings")).not().containsText("VALUES_MISFIT");
		assertThat(page.locator("#findings")).not().containsText("WRONG_SEAT");
		assertThat(page.locator("button.btn", new Page.LocatorOptions().setHasText("Run audit now"))).hasCount(0);
	}

}
