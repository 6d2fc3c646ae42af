package dev.plumbline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The running application on a random port, driven by Debian's chromium through Playwright: one browser
 * per test class, one context (cookie jar) per signed-in person. Every page is watched for uncaught
 * script errors and console errors; a test fails when the app logged any it did not expect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestOrganizations.class)
abstract class BrowserTest {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private static final String MISSING = CHROMIUM + " is missing: install it with apt-get install -y chromium";

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> problems = new CopyOnWriteArrayList<>();

	private final Set<Integer> expectedStatuses = new HashSet<>();

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			if (System.getenv("CI") != null) {
				fail(MISSING);
			}
			return; // each test is then skipped, and counted as skipped (a class-level skip shows as 0 tests)
		}
		// Never let Playwright download a browser: we only drive the system's chromium.
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	@BeforeEach
	void requireBrowser() {
		assumeTrue(browser != null, MISSING);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@AfterEach
	void closeContextsAndCheckForScriptErrors() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
		assertThat(this.problems).as("script and console errors in the browser").isEmpty();
	}

	/** A fresh browser context (its own cookies) with one open page, at the given viewport. */
	Page newPage(int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setBaseURL("http://localhost:" + this.port)
			.setViewportSize(width, height)
			.setLocale("en-GB")
			.setTimezoneId("Europe/London")
			.setReducedMotion(ReducedMotion.REDUCE)); // charts drawn at once: screenshots show them whole
		context.setDefaultTimeout(15_000);
		context.onPage(this::watch);
		this.contexts.add(context);
		return context.newPage();
	}

	Page newPage() {
		return newPage(1280, 900);
	}

	/** A fresh context signed in as this person through the login form. */
	Page signedIn(String email, String password) {
		Page page = newPage();
		signIn(page, email, password);
		return page;
	}

	Page signedIn(TestUser user) {
		return signedIn(user.email(), user.password());
	}

	void signIn(Page page, String email, String password) {
		page.navigate("/login");
		page.fill("#email", email);
		page.fill("#password", password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	/**
	 * The test provokes this HTTP status on purpose (a refused form): chromium's console line about it is
	 * not a problem.
	 */
	void expectStatus(int status) {
		this.expectedStatuses.add(status);
	}

	/** Full-page screenshot under target/screenshots, for a person to look at. */
	Path screenshot(Page page, String name) {
		Path path = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
		return path;
	}

	/** Marks the current document, so that {@link #assertSameDocument} can tell a swap from a reload. */
	void markDocument(Page page) {
		page.evaluate("() => { window.plumblineTestMark = 'still here'; }");
	}

	void assertSameDocument(Page page) {
		assertThat(page.evaluate("() => window.plumblineTestMark")).as("the page was not reloaded")
			.isEqualTo("still here");
	}

	List<String> problems() {
		return this.problems;
	}

	private void watch(Page page) {
		page.onPageError(error -> this.problems.add("uncaught error on " + page.url() + ": " + error));
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !expected(message.text())) {
				this.problems.add("console error on " + page.url() + ": " + message.text() + " (" + message.location() + ")");
			}
		});
	}

	private boolean expected(String text) {
		return this.expectedStatuses.stream()
			.anyMatch(status -> text.startsWith("Failed to load resource: the server responded with a status of "
					+ status));
	}

}
