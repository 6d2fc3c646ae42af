package dev.plumbline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.demo.DemoFile;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS: script payloads put into every kind of displayed text (through an imported organization
 * file, the JSON API and a form) come back as text on every page that shows them. The proof is the
 * browser's: no payload ran (each would set window.__xss), no dialog opened, no element a payload
 * would create exists, and the CSP reported nothing to block — and, separately, that the CSP does block
 * an inline script planted into the page.
 */
class StoredXssBrowserTests extends BrowserTest {

	static final List<String> PAYLOADS = List.of("<script>window.__xss='script'</script>",
			"<img src=x onerror=window.__xss='img'>", "\"><svg onload=window.__xss='svg'>",
			"javascript:window.__xss='url'");

	/** Free text that pages show: every such field of the organization file gets a payload. */
	static final List<String> TEXT_FIELDS = List.of("name", "title", "description", "vision", "mission", "text",
			"notes", "note", "evidence", "contribution", "body");

	/** Counts what a payload would have done, installed before any script of the page runs. */
	static final String WATCH = "window.__violations = [];"
			+ "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

	static final String PLANTED = "img[src='x'], svg[onload], [onerror], [onload], iframe[srcdoc]";

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Clock clock;

	private final List<String> dialogs = new ArrayList<>();

	@Test
	void payloadsInEveryDisplayedTextFieldStayText() {
		TestOrganization org = this.organizations.create();
		Page page = signedIn(org.admin());
		page.context().addInitScript(WATCH);
		page.onDialog(dialog -> {
			this.dialogs.add(dialog.message());
			dialog.dismiss();
		});
		OrganizationFile demo = DemoFile.load(LocalDate.now(this.clock));
		importWithPayloads(page, org, demo);
		api(page, "/api/v1/orgs/" + org.slug() + "/teams",
				"{\"key\":\"xss-team\",\"name\":" + json(PAYLOADS.get(2) + " team") + "}");

		page.navigate("/o/" + org.slug() + "/objectives/new");
		page.fill("#title", PAYLOADS.get(1) + " via form");
		page.fill("#description", PAYLOADS.get(0) + " described via form");
		page.locator("form:has(#title) button[type=submit]").first().click();
		page.waitForURL(url -> url.matches(".*/objectives/[0-9a-f-]{36}$"));
		assertThat(page.locator("body").innerText()).contains(PAYLOADS.get(1) + " via form",
				PAYLOADS.get(0) + " described via form");
		assertThat(page.evaluate("() => window.__xss")).isNull();
		screenshot(page, "xss-objective-from-form");

		List<String> paths = new ArrayList<>(List.of("", "/dashboard", "/charter", "/charter/history", "/objectives",
				"/objectives/ranking", "/my/objectives", "/initiatives", "/portfolio", "/roadmap", "/roadmap?by=status",
				"/scorecard", "/people", "/seats", "/fits", "/decisions", "/journeys", "/surveys", "/reviews", "/stories",
				"/concerns", "/activity", "/members"));
		paths.add("/objectives/key/" + demo.objectives().get(0).key());
		paths.add("/initiatives/key/" + demo.initiatives().get(0).key());
		paths.add("/kpis/key/" + demo.kpis().get(0).key());
		paths.add("/journeys/" + demo.journeys().get(0).key());
		paths.add("/surveys/" + demo.surveys().get(0).key());
		int shown = 0;
		for (String path : paths) {
			page.navigate("/o/" + org.slug() + path);
			page.waitForLoadState();
			hoverCharts(page);
			String where = "/o/" + org.slug() + path;
			assertThat(page.evaluate("() => window.__xss")).as("a payload ran on " + where).isNull();
			assertThat(page.locator(PLANTED).count()).as("elements planted by a payload on " + where).isZero();
			assertThat((List<?>) page.evaluate("() => window.__violations")).as("CSP violations on " + where).isEmpty();
			String text = page.locator("body").innerText();
			if (PAYLOADS.stream().anyMatch(text::contains)) {
				shown++;
			}
		}
		assertThat(this.dialogs).isEmpty();
		assertThat(shown).as("pages that show a payload as text").isGreaterThanOrEqualTo(paths.size() - 6);
		page.navigate("/o/" + org.slug() + "/objectives");
		screenshot(page, "xss-objectives");
		page.navigate("/o/" + org.slug() + "/charter");
		screenshot(page, "xss-charter");
		page.navigate("/o/" + org.slug() + "/dashboard");
		hoverCharts(page);
		screenshot(page, "xss-dashboard");
	}

	@Test
	void theContentSecurityPolicyBlocksAnInlineScriptPlantedInThePage() {
		TestOrganization org = this.organizations.withCharter();
		Page page = signedIn(org.member());
		page.context().addInitScript(WATCH);
		page.navigate("/o/" + org.slug() + "/charter");
		page.waitForLoadState();
		// As if escaping had failed: an inline script and an inline handler land in the DOM.
		page.evaluate("() => {"
				+ " const s = document.createElement('script'); s.textContent = 'window.__csp = \"ran\"'; document.body.appendChild(s);"
				+ " const d = document.createElement('div'); d.innerHTML = '<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" onload=\"window.__csp = 1\" onerror=\"window.__csp = 2\">'; document.body.appendChild(d); }");
		page.waitForFunction("() => window.__violations.length >= 2");
		page.waitForTimeout(500);
		assertThat(page.evaluate("() => window.__csp")).as("the planted inline script did not run").isNull();
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate("() => window.__violations");
		assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("script-src-elem inline"))
			.anySatisfy(v -> assertThat(v).startsWith("script-src-attr inline"));
		// Chromium reports each blocked script on the console too: those are what this test provoked.
		problems().removeIf(p -> p.contains("Content Security Policy"));
	}

	private void importWithPayloads(Page page, TestOrganization org, OrganizationFile demo) {
		JsonMapper mapper = JsonMapper.builder().build();
		@SuppressWarnings("unchecked")
		Map<String, Object> tree = mapper.readValue(OrganizationFiles.write(demo, FileFormat.JSON), Map.class);
		AtomicInteger count = new AtomicInteger();
		plant(tree, count);
		assertThat(count.get()).as("text fields given a payload").isGreaterThan(100);
		APIResponse response = page.request()
			.post("/api/v1/orgs/" + org.slug() + "/import", RequestOptions.create()
				.setHeader("Content-Type", "application/json")
				.setHeader("X-CSRF-TOKEN", csrf(page, org))
				.setData(mapper.writeValueAsBytes(tree)));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
	}

	@SuppressWarnings("unchecked")
	private void plant(Object node, AtomicInteger count) {
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
				if (entry.getValue() instanceof String value && TEXT_FIELDS.contains(entry.getKey()) && !value.isBlank()) {
					String payload = PAYLOADS.get(count.getAndIncrement() % PAYLOADS.size());
					entry.setValue(entry.getKey().equals("name") || entry.getKey().equals("title")
							? payload + " " + count.get() : value + " " + payload);
				}
				else if ("behaviors".equals(entry.getKey()) && entry.getValue() instanceof List<?> list) {
					List<Object> planted = new ArrayList<>();
					list.forEach(b -> planted.add(b + " " + PAYLOADS.get(count.getAndIncrement() % PAYLOADS.size())));
					entry.setValue(planted);
				}
				else {
					plant(entry.getValue(), count);
				}
			}
		}
		else if (node instanceof List<?> list) {
			list.forEach(item -> plant(item, count));
		}
	}

	private void api(Page page, String path, String body) {
		String slug = path.split("/")[4];
		APIResponse response = page.request().post(path, RequestOptions.create()
			.setHeader("Content-Type", "application/json")
			.setHeader("X-CSRF-TOKEN", csrf(page, slug))
			.setData(body));
		assertThat(response.status()).as(response.text()).isBetween(200, 201);
	}

	private String csrf(Page page, TestOrganization org) {
		return csrf(page, org.slug());
	}

	private String csrf(Page page, String slug) {
		page.navigate("/o/" + slug + "/charter");
		return page.locator("meta[name=_csrf]").getAttribute("content");
	}

	/** ECharts draws tooltips as HTML: hover the drawn shapes so that every tooltip is rendered. */
	private static void hoverCharts(Page page) {
		Locator shapes = page.locator(".chart svg path, .chart svg text, .sparkline svg path");
		int n = Math.min(shapes.count(), 25);
		for (int i = 0; i < n; i++) {
			try {
				shapes.nth(i).hover(new Locator.HoverOptions().setTimeout(1_000).setForce(true));
			}
			catch (RuntimeException notHoverable) {
				// a shape behind another one, or off-screen: the next one will do
			}
		}
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
