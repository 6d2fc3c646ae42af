package dev.plumbline.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.plumbline.DemoData;
import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.organization.IssueApiToken;
import dev.plumbline.organization.ManageMembers;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application, read from its request mappings, against the role matrix in
 * {@code security/route-matrix.tsv}: the anonymous caller is sent to sign in, a member of another
 * organization gets 404, each role gets what the matrix allows (403 otherwise), and another
 * organization's ids tried on one's own paths answer 404 and change nothing. One context, two demo
 * organizations: "mine" (the roles' own, changed by the writes they may make) and "theirs" (never changed).
 */
@PlumblineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIntegrationTests {

	/** Answers that mean the request never reached a decision for this caller. */
	private static final Set<Integer> NOT_ALLOWED = Set.of(401, 403, 404, 405, 415);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ReviseCharter reviseCharter;

	TestOrganization mine;

	TestOrganization theirs;

	RouteFixture fixture;

	RouteMatrix matrix;

	List<Route> routes;

	@BeforeAll
	void seed(@Autowired ManageMembers members, @Autowired IssueApiToken tokens, @Autowired ExportOrganization export) {
		this.fixture = new RouteFixture(this.jdbc, this.mvc, this.organizations, members, tokens, export);
		this.matrix = RouteMatrix.load();
		this.routes = Routes.of(this.mapping)
			.stream()
			.sorted(Comparator.comparingInt(AccessMatrixIntegrationTests::weight))
			.toList();
		this.mine = this.beans.createBean(DemoData.class).seed();
		this.theirs = this.beans.createBean(DemoData.class).seed();
		this.fixture.makeKeysUnique(this.theirs);
		long version = this.jdbc.sql("SELECT max(version) FROM charter_version WHERE organization_id = :org")
			.param("org", this.theirs.id())
			.query(Long.class)
			.single();
		this.reviseCharter.revise(this.organizations.as(this.theirs.slug(), this.theirs.leader()), version,
				TestOrganizations.sampleCharter());
		this.fixture.keepUnchanged(this.theirs);
	}

	/** Reads first, then writes, deletions and whole-organization imports last, so writes don't hide records. */
	private static int weight(Route route) {
		int weight = switch (route.method()) {
			case "GET", "ANY" -> 0;
			case "DELETE" -> 2;
			default -> 1;
		};
		return route.path().contains("import") ? weight + 3 : weight;
	}

	@TestFactory
	@Order(1)
	Stream<DynamicTest> anonymousCallersAreSentToSignIn() {
		return this.routes.stream().map(route -> DynamicTest.dynamicTest(route + " anonymous", () -> {
			RouteMatrix.Row row = this.matrix.row(route);
			MockHttpServletResponse response = perform(RouteRequests.of(route,
					this.fixture.path(route, this.mine, this.mine, this.mine.admin())));
			if (row.isPublic()) {
				assertThat(response.getStatus()).as("public route answered").isNotIn(401, 403);
				assertThat(String.valueOf(response.getRedirectedUrl())).as(route + " public, yet redirected").doesNotEndWith("/login");
			}
			else if (route.api()) {
				assertThat(response.getStatus()).as(describe(response)).isEqualTo(401);
			}
			else {
				assertThat(response.getStatus()).as(describe(response)).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).endsWith("/login");
			}
		}));
	}

	@TestFactory
	@Order(2)
	Stream<DynamicTest> membersOfAnotherOrganizationGet404() {
		return this.routes.stream()
			.filter(Route::organizational)
			.map(route -> DynamicTest.dynamicTest(route + " as outsider", () -> {
				this.matrix.row(route);
				String path = this.fixture.path(route, this.theirs, this.theirs, this.mine.admin());
				String before = this.fixture.fingerprint(this.theirs);
				MockHttpServletResponse response = perform(RouteRequests.of(route, path).with(this.mine.admin().session()));
				assertNotFound(route, response);
				assertThat(this.fixture.fingerprint(this.theirs)).as("the other organization changed").isEqualTo(before);
			}));
	}

	@TestFactory
	@Order(3)
	Stream<DynamicTest> idsOfAnotherOrganizationAnswer404OnOnesOwnPaths() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : this.routes) {
			if (route.recordVariables().isEmpty()) {
				continue;
			}
			for (Role role : Role.values()) {
				tests.add(DynamicTest.dynamicTest(route + " as " + role + " with their id", () -> {
					RouteMatrix.Row row = this.matrix.row(route);
					TestUser user = this.mine.in(role);
					String path = this.fixture.path(route, this.mine, this.theirs, user);
					String before = this.fixture.fingerprint(this.theirs);
					MockHttpServletResponse response = perform(RouteRequests.of(route, path).with(user.session()));
					if (row.allows(role) && response.getStatus() != 404) {
						// validation may come before the lookup: then a made-up id must get the very same answer
						MockHttpServletResponse madeUp = perform(RouteRequests.of(route, madeUp(route, path)).with(user.session()));
						assertThat(response.getStatus()).as("their id: " + describe(response) + "; a made-up id: " + describe(madeUp))
							.isEqualTo(madeUp.getStatus())
							.isIn(400, 404);
					}
					else if (!row.allows(role)) {
						// refused whatever the id: 403 or 404 both reveal nothing of the other organization (400
						// too, for a member on an owner's route: the same for any id, see allowsOwner)
						assertThat(response.getStatus()).as(describe(response))
							.isIn(row.allowsOwner(role) ? Set.of(400, 403, 404) : Set.of(403, 404));
					}
					assertThat(this.fixture.fingerprint(this.theirs)).as("the other organization changed").isEqualTo(before);
				}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	@Order(4)
	Stream<DynamicTest> eachRoleGetsWhatTheMatrixAllows() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : this.routes) {
			for (Role role : Role.values()) {
				tests.add(DynamicTest.dynamicTest(route + " as " + role, () -> {
					RouteMatrix.Row row = this.matrix.row(route);
					TestUser user = this.mine.in(role);
					MockHttpServletResponse response = perform(RouteRequests
						.of(route, this.fixture.path(route, this.mine, this.mine, user))
						.with(user.session()));
					if (row.allows(role)) {
						// 503 is the deliberate "not configured here" answer (password reset without SMTP), never
						// an access decision; any other 5xx is a failure
						assertThat(response.getStatus()).as("allowed (" + row.access() + "): " + describe(response))
							.isNotIn(NOT_ALLOWED)
							.satisfiesAnyOf(status -> assertThat(status).isLessThan(route.path().equals("/error") ? 600 : 500),
									status -> assertThat(status).isEqualTo(503));
					}
					else if (row.allowsOwner(role) && response.getStatus() == 400) {
						// a member may use it on records they own: the body is read before ownership is known
						assertThat(route.writes()).as("only a write has a body to refuse").isTrue();
					}
					else {
						assertForbidden(route, row, response);
					}
				}));
			}
		}
		return tests.stream();
	}

	/** The path with each record variable replaced by a value no organization holds. */
	private String madeUp(Route route, String path) {
		String pattern = route.path();
		String[] template = pattern.split("/");
		String[] actual = path.split("/");
		for (int i = 0; i < template.length; i++) {
			if (template[i].startsWith("{") && !"{slug}".equals(template[i])) {
				actual[i] = "{id}".equals(template[i]) ? java.util.UUID.randomUUID().toString() : "99999";
			}
		}
		return String.join("/", actual);
	}

	private void assertNotFound(Route route, MockHttpServletResponse response) {
		assertThat(response.getStatus()).as(describe(response)).isEqualTo(404);
		if (route.api()) {
			assertThat(response.getContentType()).startsWith("application/problem+json");
		}
	}

	private void assertForbidden(Route route, RouteMatrix.Row row, MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as("refused (needs " + row.access() + "): " + describe(response))
			.isEqualTo(403);
		if (route.api()) {
			assertThat(response.getContentType()).startsWith("application/problem+json");
		}
		else {
			assertThat(response.getContentType()).startsWith("text/html");
			assertThat(response.getContentAsString()).contains("403");
		}
	}

	private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String describe(MockHttpServletResponse response) {
		try {
			String body = response.getContentAsString();
			return "status " + response.getStatus() + " " + (response.getRedirectedUrl() == null ? ""
					: "→ " + response.getRedirectedUrl() + " ") + body.substring(0, Math.min(300, body.length()));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			return "status " + response.getStatus();
		}
	}

}
