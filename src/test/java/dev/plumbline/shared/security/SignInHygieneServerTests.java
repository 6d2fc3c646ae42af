package dev.plumbline.shared.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sessions and sign-in against the real server over HTTP, with short limits: an idle session expires, a
 * signed-out session cookie is worthless when replayed, an account locks after repeated failures, and
 * one client address is throttled however many accounts it tries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.servlet.session.timeout=2s", "plumbline.security.client.max-failed-logins=6",
				"plumbline.interchange.max-file-size=64KB",
				"plumbline.security.max-failed-logins=3" })
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class SignInHygieneServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Every test of the suite signs in from 127.0.0.1 into one database: start each test of the low
	 * per-address limit with no failures counted, so that only its own attempts are.
	 */
	@BeforeEach
	void forgetEarlierAttempts() {
		this.jdbc.sql("DELETE FROM security_attempt").update();
	}

	@Test
	void anIdleSessionExpires() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		HttpClient http = client();
		signIn(http, org.member().email());
		assertThat(http.send(get("/o/" + org.slug() + "/charter"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
		Thread.sleep(3_000);
		HttpResponse<String> idle = http.send(get("/o/" + org.slug() + "/charter"), HttpResponse.BodyHandlers.ofString());
		assertThat(idle.statusCode()).isEqualTo(302);
		assertThat(idle.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void aSignedOutSessionCookieNoLongerWorksWhenReplayed() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		signIn(http, org.member().email());
		String stolen = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).findFirst().orElseThrow();
		HttpResponse<String> charter = http.send(get("/o/" + org.slug() + "/charter"), HttpResponse.BodyHandlers.ofString());
		assertThat(charter.statusCode()).isEqualTo(200);
		http.send(post("/logout", "_csrf=" + encode(csrfField(charter.body()))), HttpResponse.BodyHandlers.ofString());

		HttpClient replay = HttpClient.newHttpClient(); // no cookie jar: only the old cookie, sent by hand
		HttpResponse<String> replayed = replay.send(HttpRequest.newBuilder(uri("/o/" + org.slug() + "/charter"))
			.header("Cookie", "JSESSIONID=" + stolen).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(replayed.statusCode()).isEqualTo(302);
		assertThat(replayed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		HttpResponse<String> api = replay.send(HttpRequest.newBuilder(uri("/api/v1/orgs/" + org.slug() + "/charter"))
			.header("Cookie", "JSESSIONID=" + stolen).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(401);
	}

	@Test
	void anAccountLocksAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		TestOrganization org = this.organizations.create();
		HttpClient http = client();
		for (int i = 0; i < 3; i++) {
			assertThat(location(signIn(http, org.leader().email(), "wrong password " + i))).endsWith("/login?error");
		}
		assertThat(location(signIn(http, org.leader().email(), TestOrganizations.PASSWORD))).endsWith("/login?locked");
		assertThat(location(signIn(http, org.admin().email(), TestOrganizations.PASSWORD))).doesNotContain("/login");
	}

	@Test
	void oneClientAddressIsThrottledAcrossAccountsWithTheSameAnswerForKnownAndUnknownEmails() {
		TestOrganization org = this.organizations.create();
		RequestPostProcessor guesser = from("203.0.113.7");
		String[] targets = { org.admin().email(), org.leader().email(), org.member().email(), "nobody@" + org.slug() + ".test" };
		for (int i = 0; i < 6; i++) {
			assertThat(login(targets[i % 4], "guess " + i, guesser)).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login(org.stakeholder().email(), TestOrganizations.PASSWORD, guesser)).redirectedUrl()
			.isEqualTo("/login?throttled");
		assertThat(login("nobody-else@example.org", "guess", guesser)).redirectedUrl().isEqualTo("/login?throttled");
		assertThat(this.mvc.get().uri("/login?throttled")).bodyText().contains("Too many failed sign-ins from your network");
		// Another address, and the same account, are not affected: the person themself can still sign in.
		assertThat(login(org.stakeholder().email(), TestOrganizations.PASSWORD, from("198.51.100.2"))).redirectedUrl()
			.isEqualTo("/");
	}

	private MvcTestResult login(String email, String password, RequestPostProcessor client) {
		return this.mvc.post().uri("/login").param("email", email).param("password", password).with(csrf()).with(client)
			.session(new MockHttpSession()).exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private void signIn(HttpClient http, String email) throws Exception {
		assertThat(location(signIn(http, email, TestOrganizations.PASSWORD))).doesNotContain("/login");
	}

	private HttpResponse<String> signIn(HttpClient http, String email, String password) throws Exception {
		String page = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		return http.send(post("/login", "email=" + encode(email) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrfField(page))), HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static String csrfField(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
