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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions against the real server over HTTP: signing in replaces the session id (no session fixation),
 * signing out ends the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestOrganizations.class)
class SessionServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestOrganizations organizations;

	@Test
	void signingInChangesTheSessionIdAndSigningOutEndsTheSession() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		String loginPage = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		String before = sessionId(cookies);
		assertThat(before).isNotNull();

		HttpResponse<String> login = http.send(post("/login", "email=" + encode(org.member().email()) + "&password="
				+ encode(TestOrganizations.PASSWORD) + "&_csrf=" + encode(csrf(loginPage))), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		String after = sessionId(cookies);
		assertThat(after).isNotNull().isNotEqualTo(before);

		HttpResponse<String> charter = http.send(get("/o/" + org.slug() + "/charter"), HttpResponse.BodyHandlers.ofString());
		assertThat(charter.statusCode()).isEqualTo(200);
		assertThat(charter.body()).contains("We run clinics for everyone.");

		http.send(post("/logout", "_csrf=" + encode(csrf(charter.body()))), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> afterLogout = http.send(get("/o/" + org.slug() + "/charter"), HttpResponse.BodyHandlers.ofString());
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void theFirstPagesOfANewSessionRequestedAtOnceAllAnswer() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		// Each page of a new session lazily adds its CSRF token to the session; sixteen at once used to insert
		// the same attribute sixteen times and answer 500 to all but one (found by the wrk benchmark).
		for (int round = 0; round < 4; round++) {
			CookieManager cookies = new CookieManager();
			HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
			String loginPage = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
			http.send(post("/login", "email=" + encode(org.member().email()) + "&password="
					+ encode(TestOrganizations.PASSWORD) + "&_csrf=" + encode(csrf(loginPage))), HttpResponse.BodyHandlers.ofString());
			java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> pages = new java.util.ArrayList<>();
			for (int i = 0; i < 16; i++) {
				pages.add(http.sendAsync(get("/o/" + org.slug() + "/charter"), HttpResponse.BodyHandlers.ofString()));
			}
			for (var page : pages) {
				assertThat(page.get().statusCode()).as("round " + round).isEqualTo(200);
			}
		}
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static String sessionId(CookieManager cookies) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
