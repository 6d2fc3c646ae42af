package dev.plumbline.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.audit.GzipText;
import dev.plumbline.audit.RunAudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The audit API serves the latest run a filtered page of findings at a time, with the totals of the whole
 * run; walking its pages gives exactly the findings of the whole report, in the same order.
 */
@PlumblineIntegrationTest
class AuditApiIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	RunAudit runAudit;

	TestOrganization withOrphans(int count) {
		TestOrganization org = this.organizations.withCharter();
		for (int i = 0; i < count; i++) {
			String body = """
					{"name": "Glossy brochure %d", "status": "active", "start": "2026-01-01", "end": "2030-12-31",
					 "budget": 5000, "fte": 0.5, "progress": 10, "pillars": [], "objectives": []}""".formatted(i);
			assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/initiatives", org.slug())
				.with(org.leader().session()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(201);
		}
		this.runAudit.run(org.id(), "test");
		return org;
	}

	MvcTestResult get(TestOrganization org, String uri) {
		return this.mvc.get().uri(uri).with(org.member().session()).exchange();
	}

	static JsonNode json(MvcTestResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static String identity(JsonNode finding) {
		return finding.get("code").asString() + " " + finding.get("subject").get("kind").asString() + " "
				+ finding.get("subject").get("key").asString();
	}

	@Test
	void wholeReportIsSentCompressedToClientsThatTakeGzipAndEqualsThePlainOne() throws Exception {
		TestOrganization org = withOrphans(4);
		String uri = "/api/v1/orgs/" + org.slug() + "/audit/report";
		MvcTestResult plain = this.mvc.get().uri(uri).with(org.admin().session()).exchange();
		assertThat(plain).hasStatusOk();
		assertThat(plain.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		String json = plain.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JSON.readTree(json).get("findings").size()).isGreaterThan(4);

		MvcTestResult gzip = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT_ENCODING, "br;q=1.0, gzip;q=0.8")
			.with(org.admin().session()).exchange();
		assertThat(gzip).hasStatusOk();
		assertThat(gzip.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzip.getResponse().getHeader(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = gzip.getResponse().getContentAsByteArray();
		assertThat(body.length).isLessThan(json.length());
		assertThat(GzipText.gunzip(body)).isEqualTo(json);

		// gzip refused with q=0, and the redacted report of a member: plain text
		MvcTestResult refused = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity")
			.with(org.admin().session()).exchange();
		assertThat(refused.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(json);
		MvcTestResult member = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.with(org.member().session()).exchange();
		assertThat(member.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(JSON.readTree(member.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("findings").size())
			.isGreaterThan(4);
	}

	@Test
	void walkingThePagesGivesTheWholeReportsFindingsInItsOrder() throws Exception {
		TestOrganization org = withOrphans(7);
		JsonNode report = json(get(org, "/api/v1/orgs/" + org.slug() + "/audit/report"));
		List<String> expected = new ArrayList<>();
		report.get("findings").forEach(f -> expected.add(identity(f)));
		assertThat(expected).hasSizeGreaterThan(7);

		List<String> walked = new ArrayList<>();
		String next = "/api/v1/orgs/" + org.slug() + "/audit?size=3";
		int pages = 0;
		while (next != null) {
			MvcTestResult result = get(org, next);
			assertThat(result).hasStatusOk();
			JsonNode page = json(result);
			assertThat(page.get("findings").size()).isLessThanOrEqualTo(3);
			page.get("findings").forEach(f -> walked.add(identity(f)));
			assertThat(page.get("totals").get("findings").asLong()).isEqualTo(expected.size());
			assertThat(page.get("page").get("total").asLong()).isEqualTo(expected.size());
			JsonNode link = page.get("links").get("next");
			String header = result.getResponse().getHeader(HttpHeaders.LINK);
			if (link.isNull()) {
				next = null;
				assertThat(header).doesNotContain("rel=\"next\"");
			}
			else {
				next = link.asString().replaceFirst("^http://localhost", "");
				assertThat(header).contains("<" + link.asString() + ">; rel=\"next\"");
			}
			pages++;
		}
		assertThat(walked).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo((expected.size() + 2) / 3);
	}

	@Test
	void keepsTheReportsFieldsAndTotalsTheWholeRunWhateverTheFilter() throws Exception {
		TestOrganization org = withOrphans(3);
		JsonNode all = json(get(org, "/api/v1/orgs/" + org.slug() + "/audit"));
		JsonNode orphans = json(get(org, "/api/v1/orgs/" + org.slug() + "/audit?code=orphan_initiative&size=2"));
		JsonNode ofInitiatives = json(get(org, "/api/v1/orgs/" + org.slug() + "/audit?entity=initiative&severity=WARNING"));

		assertThat(all.get("organization").asString()).isEqualTo("Org " + org.slug());
		assertThat(all.get("asOf").asString()).isNotBlank();
		assertThat(all.get("index").get("organization").get("value").asInt()).isBetween(0, 100);
		assertThat(all.get("index").get("pillars").size()).isPositive();
		assertThat(all.get("findings").get(0).get("action").asString()).isNotBlank();
		assertThat(orphans.get("totals")).isEqualTo(all.get("totals"));
		assertThat(orphans.get("filter").get("code").asString()).isEqualTo("ORPHAN_INITIATIVE");
		assertThat(orphans.get("page").get("total").asLong())
			.isEqualTo(all.get("totals").get("byCode").get("ORPHAN_INITIATIVE").asLong())
			.isEqualTo(3);
		assertThat(orphans.get("findings").size()).isEqualTo(2);
		orphans.get("findings").forEach(f -> assertThat(f.get("code").asString()).isEqualTo("ORPHAN_INITIATIVE"));
		ofInitiatives.get("findings").forEach(f -> {
			assertThat(f.get("subject").get("kind").asString()).isEqualTo("initiative");
			assertThat(f.get("severity").asString()).isEqualTo("WARNING");
		});
		long bySeverity = 0;
		for (JsonNode count : all.get("totals").get("bySeverity")) {
			bySeverity += count.asLong();
		}
		assertThat(bySeverity).isEqualTo(all.get("totals").get("findings").asLong());
	}

	@Test
	void namesEachBadParameterWithItsReason() {
		TestOrganization org = withOrphans(1);
		MvcTestResult result = get(org, "/api/v1/orgs/" + org.slug()
				+ "/audit?code=NOPE&severity=loud&entity=widget&page=-1&size=501&pillar=a&team=b");

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("code", "severity", "entity", "team", "page", "size");
		assertThat(result).bodyText()
			.contains("no finding code \\\"NOPE\\\"", "ORPHAN_INITIATIVE", "no severity \\\"loud\\\"",
					"no kind of subject \\\"widget\\\"", "must be at least 0, was -1", "must be between 1 and 500, was 501");
		assertThat(get(org, "/api/v1/orgs/" + org.slug() + "/audit?size=abc")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
		assertThat(get(org, "/api/v1/orgs/" + org.slug() + "/audit?page=x")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be a whole number, was \"x\"");
	}

	@Test
	void aPageBeyondTheLastIsEmptyAndLinksBack() throws Exception {
		TestOrganization org = withOrphans(1);
		MvcTestResult result = get(org, "/api/v1/orgs/" + org.slug() + "/audit?page=50&size=500");

		assertThat(result).hasStatusOk();
		JsonNode page = json(result);
		assertThat(page.get("findings").size()).isZero();
		assertThat(page.get("links").get("next").isNull()).isTrue();
		assertThat(page.get("links").get("previous").asString()).contains("page=0");
		assertThat(page.get("page").get("size").asInt()).isEqualTo(500);
	}

	@Test
	void anotherOrganizationsAuditIsNotFound() {
		TestOrganization mine = withOrphans(1);
		TestOrganization theirs = this.organizations.create();
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + mine.slug() + "/audit?size=5").with(theirs.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + mine.slug() + "/audit/report").with(theirs.admin().session()))
			.hasStatus(404);
	}

}
