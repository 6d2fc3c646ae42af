package dev.plumbline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.shared.NodeLocks;
import dev.plumbline.shared.PlumblineUser;
import dev.plumbline.strategy.CreateInitiative;
import dev.plumbline.strategy.InitiativeDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 6, scale-out: two application instances on one PostgreSQL database, as behind a load balancer.
 * They start together on an empty database, and the demo is seeded once; a session opened on one is
 * honoured by the other; a lock taken on one keeps the job from running on the other; a change made on
 * one shows on the other's dashboard once the audit has rerun. PostgreSQL only: two instances on one H2
 * would need H2's server mode, which is not a way anyone should run Plumbline on several nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ScratchDatabase database;

	private ConfigurableApplicationContext one;

	private ConfigurableApplicationContext two;

	@BeforeAll
	void startTwoNodesTogether() throws Exception {
		assumeTrue(ScratchDatabase.postgres(),
				"Two nodes need a shared PostgreSQL database; this pass runs on H2 (run with -Ppostgres)");
		this.database = ScratchDatabase.inMemory("plumbline_nodes");
		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(go, "one"));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(go, "two"));
		go.countDown();
		this.one = first.get(5, TimeUnit.MINUTES);
		this.two = second.get(5, TimeUnit.MINUTES);
	}

	@AfterAll
	void stop() throws Exception {
		if (this.one != null) {
			this.one.close();
		}
		if (this.two != null) {
			this.two.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void theDemoIsSeededOnceWhenBothNodesStartOnAnEmptyDatabase() {
		JdbcClient jdbc = this.one.getBean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM membership").query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single())
			.isZero();
	}

	@Test
	void aSessionOpenedOnOneNodeIsHonouredByTheOther() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> loginPage = http.send(get(this.one, "/login", null), HttpResponse.BodyHandlers.ofString());
		String anonymous = sessionCookie(loginPage, null);
		HttpResponse<String> login = http.send(post(this.one, "/login", anonymous, "email="
				+ encode("leader@demo.plumbline.dev") + "&password=" + encode("demo-leader") + "&_csrf="
				+ encode(csrf(loginPage.body()))), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		String session = sessionCookie(login, anonymous);

		HttpResponse<String> onTwo = http.send(get(this.two, "/o/demo/charter", session),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onTwo.statusCode()).as("node two knows node one's session").isEqualTo(200);
		assertThat(onTwo.body()).contains("Lena Fischer");

		HttpResponse<String> without = http.send(get(this.two, "/o/demo/charter", null),
				HttpResponse.BodyHandlers.ofString());
		assertThat(without.statusCode()).as("and without the cookie it asks to sign in").isEqualTo(302);

		http.send(post(this.two, "/logout", session, "_csrf=" + encode(csrf(onTwo.body()))),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> afterLogout = http.send(get(this.one, "/o/demo/charter", session),
				HttpResponse.BodyHandlers.ofString());
		assertThat(afterLogout.statusCode()).as("signing out on node two ends the session on node one").isEqualTo(302);
	}

	@Test
	void aLockedJobRunsOnOneNodeAtATime() throws Exception {
		String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger ran = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Boolean> onOne = CompletableFuture.supplyAsync(() -> this.one.getBean(NodeLocks.class)
			.runAlone(name, Duration.ofMinutes(1), () -> {
				running.incrementAndGet();
				ran.incrementAndGet();
				started.countDown();
				await(release);
				running.decrementAndGet();
			}));
		assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
		boolean onTwo = this.two.getBean(NodeLocks.class).runAlone(name, Duration.ofMinutes(1), ran::incrementAndGet);
		release.countDown();
		assertThat(onOne.get(60, TimeUnit.SECONDS)).isTrue();
		assertThat(onTwo).as("node two was told the job is running elsewhere").isFalse();
		assertThat(ran).hasValue(1);
		assertThat(this.two.getBean(NodeLocks.class).runAlone(name, Duration.ofMinutes(1), ran::incrementAndGet))
			.as("once released, the next run may happen anywhere").isTrue();
		assertThat(ran).hasValue(2);
	}

	@Test
	void aChangeMadeOnOneNodeShowsOnTheOthersDashboardAfterTheAudit() throws Exception {
		String name = "Unanchored pilot " + UUID.randomUUID().toString().substring(0, 8);
		PlumblineUser leader = new Leader(this.one.getBean(JdbcClient.class)
			.sql("SELECT id FROM account WHERE email = 'leader@demo.plumbline.dev'")
			.query(UUID.class)
			.single());
		this.one.getBean(CreateInitiative.class)
			.create(this.one.getBean(OrganizationQueries.class).membership("demo", leader).orElseThrow(),
					new InitiativeDraft(null, name, "", null, "ACTIVE", null, null, null, null, null, List.of(), List.of(),
							List.of()));

		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> loginPage = http.send(get(this.two, "/login", null), HttpResponse.BodyHandlers.ofString());
		String anonymous = sessionCookie(loginPage, null);
		HttpResponse<String> login = http.send(post(this.two, "/login", anonymous, "email="
				+ encode("leader@demo.plumbline.dev") + "&password=" + encode("demo-leader") + "&_csrf="
				+ encode(csrf(loginPage.body()))), HttpResponse.BodyHandlers.ofString());
		String session = sessionCookie(login, anonymous);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		String body = "";
		while (System.nanoTime() < deadline) {
			HttpResponse<String> dashboard = http.send(get(this.two, "/o/demo/dashboard?kind=initiative", session),
					HttpResponse.BodyHandlers.ofString());
			assertThat(dashboard.statusCode()).isEqualTo(200);
			body = dashboard.body();
			if (body.contains(name)) {
				break;
			}
			Thread.sleep(500);
		}
		assertThat(body).as("node two's dashboard names the initiative created on node one").contains(name);
	}

	private ConfigurableApplicationContext start(CountDownLatch go, String node) {
		await(go);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", 0);
		properties.put("plumbline.demo.enabled", true);
		properties.put("plumbline.audit.debounce", "300ms");
		return new SpringApplicationBuilder(PlumblineApplication.class).run(this.database.arguments(properties));
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static HttpRequest get(ConfigurableApplicationContext node, String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

	private static HttpRequest post(ConfigurableApplicationContext node, String path, String cookie, String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

	/** The session cookie the response set, else the one the request had. */
	private static String sessionCookie(HttpResponse<?> response, String previous) {
		List<String> cookies = new ArrayList<>(response.headers().allValues("Set-Cookie"));
		return cookies.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElse(previous);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Leader(UUID userId) implements PlumblineUser {

		@Override
		public String email() {
			return "leader@demo.plumbline.dev";
		}

		@Override
		public String displayName() {
			return "Lena Fischer";
		}

		@Override
		public boolean viaApiToken() {
			return false;
		}

	}

}
