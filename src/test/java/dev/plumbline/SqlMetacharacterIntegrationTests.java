package dev.plumbline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * SQL metacharacters change nothing: in filters they match nothing (not everything), and in text fields
 * they are stored and read back character for character. No query of the app uses LIKE, so % and _
 * are never wildcards; a test here would catch one that starts to.
 */
@PlumblineIntegrationTest
class SqlMetacharacterIntegrationTests {

	static final List<String> METACHARACTERS = List.of("' OR 1=1 --", "\"; DROP TABLE objective; --", "%", "_",
			"\\", "50% _off_ \\' OR ''='", "'); DELETE FROM account; --");

	static List<String> metacharacters() {
		return METACHARACTERS;
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@MethodSource("metacharacters")
	void filtersMatchNothingRatherThanEverything(String value) {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		String base = "/api/v1/orgs/" + org.slug();
		for (String filter : List.of("/kpis?pillar=", "/kpis?owner=", "/kpis?status=", "/initiatives?pillar=",
				"/initiatives?status=", "/initiatives?owner=", "/objectives?pillar=", "/objectives?team=",
				"/objectives?status=")) {
			MvcTestResult result = this.mvc.get().uri(java.net.URI.create(base + filter + encode(value))).with(org.leader().session()).exchange();
			String param = filter.substring(filter.indexOf('?') + 1, filter.length() - 1);
			int status = result.getResponse().getStatus();
			assertThat(status).as(filter + value).isIn(200, 400);
			if (status == 200) {
				assertThat(result).bodyJson().extractingPath("$.total").as(filter + value).isEqualTo(0);
			}
			else {
				assertThat(result).bodyText().as(filter + value).contains(param);
			}
		}
		for (String page : List.of("/scorecard?pillar=", "/objectives?pillar=", "/initiatives?pillar=",
				"/scorecard?owner=", "/scorecard?status=")) {
			assertThat(this.mvc.get().uri(java.net.URI.create("/o/" + org.slug() + page + encode(value))).with(org.leader().session()))
				.as(page + value)
				.satisfies(r -> assertThat(r.getResponse().getStatus()).isIn(200, 400));
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM objective WHERE organization_id = ?").param(org.id())
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void textFieldsAreStoredAndReadLiterally() throws Exception {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		String base = "/api/v1/orgs/" + org.slug();
		int n = 0;
		for (String value : METACHARACTERS) {
			n++;
			String team = post(org, base + "/teams", "{\"key\":\"sql-team-" + n + "\",\"name\":" + q(value + " team") + "}");
			assertThat(this.json.readTree(team).get("name").asString()).isEqualTo(value + " team");
			String teamId = this.json.readTree(team).get("id").asString();

			String objective = post(org, base + "/objectives", "{\"key\":\"sql-o-" + n + "\",\"title\":" + q(value)
					+ ",\"description\":" + q(value + " described") + ",\"teamId\":\"" + teamId
					+ "\",\"keyResults\":[{\"key\":\"kr\",\"title\":" + q(value + " kr") + ",\"unit\":" + q(value.substring(0, 1))
					+ ",\"baseline\":0,\"target\":10,\"direction\":\"INCREASE\"}]}");
			String objectiveId = this.json.readTree(objective).get("id").asString();
			String read = get(org, base + "/objectives/" + objectiveId);
			assertThat(this.json.readTree(read).get("title").asString()).isEqualTo(value);
			assertThat(this.json.readTree(read).get("description").asString()).isEqualTo(value + " described");
			assertThat(this.json.readTree(read).get("keyResults").get(0).get("title").asString()).isEqualTo(value + " kr");
			assertThat(this.jdbc.sql("SELECT title FROM objective WHERE id = CAST(? AS UUID)").param(objectiveId)
				.query(String.class).single()).isEqualTo(value);

			String initiative = post(org, base + "/initiatives", "{\"key\":\"sql-i-" + n + "\",\"name\":" + q(value)
					+ ",\"description\":" + q(value + " why") + ",\"status\":\"PROPOSED\"}");
			String initiativeId = this.json.readTree(initiative).get("id").asString();
			assertThat(this.json.readTree(get(org, base + "/initiatives/" + initiativeId)).get("name").asString())
				.isEqualTo(value);

			String kpi = post(org, base + "/kpis", "{\"key\":\"sql-k-" + n + "\",\"name\":" + q(value + " rate")
					+ ",\"unit\":\"%\",\"cadence\":\"monthly\",\"direction\":\"increase\",\"target\":10,\"thresholds\":{\"red\":2,\"green\":8}}");
			String kpiId = this.json.readTree(kpi).get("id").asString();
			assertThat(this.json.readTree(get(org, base + "/kpis/" + kpiId)).get("name").asString())
				.isEqualTo(value + " rate");

			assertThat(this.mvc.get().uri("/o/" + org.slug() + "/objectives/" + objectiveId).with(org.leader().session()))
				.hasStatusOk()
				.bodyText()
				.contains(HtmlUtils.htmlEscape(value));
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM account").query(Integer.class).single()).isPositive();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM objective WHERE organization_id = ?").param(org.id())
			.query(Integer.class).single()).isGreaterThan(METACHARACTERS.size());
	}

	private String post(TestOrganization org, String path, String body) throws Exception {
		MvcTestResult result = this.mvc.post().uri(path).with(org.leader().session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
		assertThat(result).as(path + " " + body + " -> " + result.getResponse().getContentAsString()).hasStatus(201);
		return result.getResponse().getContentAsString();
	}

	private String get(TestOrganization org, String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).with(org.leader().session()).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private String q(String text) {
		return this.json.writeValueAsString(text);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
