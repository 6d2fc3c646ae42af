package dev.plumbline.shared.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void anonymousPagesRedirectToTheLoginPage() {
		assertThat(this.mvc.get().uri("/o/demo/charter")).hasStatus(302).redirectedUrl().endsWith("/login");
	}

	@Test
	void anonymousApiCallsGetA401Problem() {
		assertThat(this.mvc.get().uri("/api/v1/orgs/demo/charter")).hasStatus(401)
			.hasContentTypeCompatibleWith("application/problem+json")
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Unauthorized");
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.leader().session())
			.param("version", "1")
			.param("mission", "Changed without a CSRF token")).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter/acknowledge", org.slug())
			.header("HX-Request", "true")
			.with(org.member().session())).hasStatus(403);
	}

	@Test
	void sessionApiCallsWithoutCsrfHeaderAreRefused() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.put()
			.uri("/api/v1/orgs/{slug}/charter", org.slug())
			.with(org.leader().session())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"mission\": \"x\"}")).hasStatus(403)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("CSRF");
	}

	@Test
	void bearerTokensWorkWithoutCsrfUntilRevoked() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		String token = issueToken(org.leader());
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).header("Authorization", "Bearer " + token))
			.hasStatusOk();
		assertThat(this.mvc.put()
			.uri("/api/v1/orgs/{slug}/charter", org.slug())
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"mission\": \"Written by a script\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(2);
		MvcTestResult list = this.mvc.get().uri("/api/v1/me/tokens").with(org.leader().session()).exchange();
		assertThat(list).hasStatusOk().bodyJson().extractingPath("$[0].lastUsedAt").isNotNull();
		assertThat(list.getResponse().getContentAsString()).doesNotContain(token);
		String id = com.jayway.jsonpath.JsonPath.read(list.getResponse().getContentAsString(), "$[0].id");
		assertThat(this.mvc.delete().uri("/api/v1/me/tokens/{id}", id).with(org.leader().session()).with(csrf()))
			.hasStatus(204);
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).header("Authorization", "Bearer " + token))
			.hasStatus(401)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("revoked");
	}

	@Test
	void unknownTokensAreRefusedEvenWithASession() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.get()
			.uri("/api/v1/orgs/{slug}/charter", org.slug())
			.with(org.leader().session())
			.header("Authorization", "Bearer plb_not-a-real-token")).hasStatus(401);
	}

	@Test
	void aTokenCannotCreateMoreTokens() throws Exception {
		TestOrganization org = this.organizations.create();
		String token = issueToken(org.member());
		assertThat(this.mvc.post()
			.uri("/api/v1/me/tokens")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"escalate\"}")).hasStatus(403);
	}

	@Test
	void tokenNeedsAName() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.post()
			.uri("/api/v1/me/tokens")
			.with(org.member().session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\"}")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
	}

	@Test
	void formLoginWorks() {
		TestOrganization org = this.organizations.create();
		assertThat(login(org.member().email(), TestOrganizations.PASSWORD, new MockHttpSession())).hasStatus(302)
			.redirectedUrl()
			.isEqualTo("/");
		assertThat(login(org.member().email().toUpperCase(), TestOrganizations.PASSWORD, new MockHttpSession()))
			.redirectedUrl()
			.isEqualTo("/");
	}

	@Test
	void locksAnAccountAfterRepeatedFailedLogins() {
		TestOrganization org = this.organizations.create();
		String email = org.member().email();
		for (int i = 0; i < 5; i++) {
			assertThat(login(email, "wrong password " + i, new MockHttpSession())).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login(email, TestOrganizations.PASSWORD, new MockHttpSession())).redirectedUrl()
			.isEqualTo("/login?locked");
		assertThat(login(org.leader().email(), TestOrganizations.PASSWORD, new MockHttpSession())).redirectedUrl()
			.isEqualTo("/");
	}

	@Test
	void aSuccessfulLoginResetsTheFailureCount() {
		TestOrganization org = this.organizations.create();
		String email = org.member().email();
		for (int i = 0; i < 4; i++) {
			login(email, "wrong", new MockHttpSession());
		}
		assertThat(login(email, TestOrganizations.PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			login(email, "wrong", new MockHttpSession());
		}
		assertThat(login(email, TestOrganizations.PASSWORD, new MockHttpSession())).redirectedUrl().isEqualTo("/");
	}

	@Test
	void pagesCarryCsrfMetaTagsAndSecurityHeaders() {
		TestOrganization org = this.organizations.withCharter();
		MvcTestResult page = this.mvc.get().uri("/o/{slug}/charter", org.slug()).with(org.member().session()).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("<meta name=\"_csrf\"", "<meta name=\"_csrf_header\"");
		String csp = page.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self';", "frame-ancestors 'none'");
		assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
			.doesNotContain("unsafe-inline");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private MvcTestResult login(String email, String password, MockHttpSession session) {
		return this.mvc.post().uri("/login").session(session).param("email", email).param("password", password).with(csrf()).exchange();
	}

	private String issueToken(TestUser user) throws Exception {
		MvcTestResult issued = this.mvc.post()
			.uri("/api/v1/me/tokens")
			.with(user.session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"ci\"}")
			.exchange();
		assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.token").asString().startsWith("plb_");
		return com.jayway.jsonpath.JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
	}

}
