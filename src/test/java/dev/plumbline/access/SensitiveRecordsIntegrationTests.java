package dev.plumbline.access;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.plumbline.DemoData;
import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sensitive records, per role, on pages, API and export: fit assessments and the findings drawn from
 * them (VIEW_FITS: ADMIN, LEADER), individual survey answers (no route at all: only aggregates of at least
 * the anonymity minimum), the trail (VIEW_TRAIL: ADMIN) and the whole-organization file, which holds fits
 * and every survey response (EXCHANGE_FILES: ADMIN). Performance reviews and private journals do not exist
 * yet; when they land, their routes enter the matrix like any other.
 */
@PlumblineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensitiveRecordsIntegrationTests {

	private static final List<String> FIT_CODES = List.of("VALUES_MISFIT", "WRONG_SEAT");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestOrganization org;

	@BeforeAll
	void seed(@Autowired AutowireCapableBeanFactory beans) throws Exception {
		this.org = beans.createBean(DemoData.class).seed();
		assertThat(call(post("/api/v1/orgs/{slug}/audit/runs", this.org.slug()).with(csrf()), Role.ADMIN).getStatus())
			.isEqualTo(200);
	}

	@Test
	void theDemoHoldsFitsAndFindingsDrawnFromThem() throws Exception {
		assertThat(this.jdbc.sql("SELECT count(*) FROM fit WHERE organization_id = :org")
			.param("org", this.org.id())
			.query(Long.class)
			.single()).isPositive();
		assertThat(body(get("/api/v1/orgs/{slug}/audit", this.org.slug()), Role.ADMIN)).containsAnyOf("VALUES_MISFIT",
				"WRONG_SEAT");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void fitsAndTheFindingsDrawnFromThemShowOnlyToLeadersAndAdmins(Role role) throws Exception {
		boolean may = role == Role.ADMIN || role == Role.LEADER;
		assertThat(call(get("/o/{slug}/fits", this.org.slug()), role).getStatus()).isEqualTo(may ? 200 : 403);
		assertThat(call(get("/api/v1/orgs/{slug}/fits", this.org.slug()), role).getStatus()).isEqualTo(may ? 200 : 403);
		String api = body(get("/api/v1/orgs/{slug}/audit", this.org.slug()), role)
				+ body(get("/api/v1/orgs/{slug}/audit/report", this.org.slug()), role);
		String page = body(get("/o/{slug}/dashboard", this.org.slug()), role);
		if (may) {
			assertThat(api).containsAnyOf(FIT_CODES.toArray(String[]::new));
		}
		else {
			for (String code : FIT_CODES) {
				assertThat(api).as("audit API for " + role).doesNotContain(code);
				assertThat(page).as("dashboard for " + role).doesNotContain(code);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void surveyResultsHoldOnlyAggregatesOfEnoughResponses(Role role) throws Exception {
		List<String> keys = this.jdbc.sql("SELECT survey_key FROM survey WHERE organization_id = :org")
			.param("org", this.org.id())
			.query(String.class)
			.list();
		assertThat(keys).isNotEmpty();
		for (String key : keys) {
			String json = body(get("/api/v1/orgs/{slug}/surveys/{key}", this.org.slug(), key), role);
			int minimum = JsonPath.read(json, "$.anonymityMinimum");
			assertThat(minimum).isPositive();
			List<Number> shown = JsonPath.read(json, "$..figure[?(@.enough == true)].responses");
			shown.addAll(JsonPath.read(json, "$.questions[*].overall[?(@.enough == true)].responses"));
			assertThat(shown).allSatisfy(count -> assertThat(count.longValue()).isGreaterThanOrEqualTo(minimum));
			List<Object> hidden = JsonPath.read(json, "$..[?(@.enough == false)].average");
			assertThat(hidden).allSatisfy(average -> assertThat(average).isNull());
			assertThat(json).doesNotContain("\"answers\"", "\"responses\":[", "respondent");
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void theTrailIsForAdminsOnly(Role role) throws Exception {
		int expected = role == Role.ADMIN ? 200 : 403;
		assertThat(call(get("/o/{slug}/activity", this.org.slug()), role).getStatus()).isEqualTo(expected);
		assertThat(call(get("/api/v1/orgs/{slug}/activity", this.org.slug()), role).getStatus()).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void theOrganizationFileWithFitsAndSurveyResponsesIsForAdminsOnly(Role role) throws Exception {
		MockHttpServletResponse export = call(get("/api/v1/orgs/{slug}/export", this.org.slug()), role);
		if (role == Role.ADMIN) {
			assertThat(export.getStatus()).isEqualTo(200);
			assertThat(export.getContentAsString()).contains("fits:", "responses:");
		}
		else {
			assertThat(export.getStatus()).isEqualTo(403);
			assertThat(export.getContentAsString()).doesNotContain("fits:");
		}
		assertThat(call(get("/o/{slug}/admin/interchange", this.org.slug()), role).getStatus())
			.isEqualTo(role == Role.ADMIN ? 200 : 403);
	}

	private String body(MockHttpServletRequestBuilder request, Role role) throws Exception {
		MockHttpServletResponse response = call(request, role);
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return this.mvc.perform(request.with(this.org.in(role).session())).andReturn().getResponse();
	}

}
