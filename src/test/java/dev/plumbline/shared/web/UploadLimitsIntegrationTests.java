package dev.plumbline.shared.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Oversized input through the real application: a JSON body over 1 MB, CSV uploads over 10 MB (API
 * and pages) and an over-long form field are refused with a message that names the limit.
 */
@PlumblineIntegrationTest
class UploadLimitsIntegrationTests {

	private static final int MB = 1024 * 1024;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void aJsonBodyOverOneMegabyteIsRefusedWith413NamingTheLimit() {
		TestOrganization org = this.organizations.withCharter();
		String body = "{\"key\":\"big\",\"title\":\"" + "x".repeat(MB) + "\"}";
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/objectives", org.slug()).with(org.leader().session())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(413)
			.hasContentTypeCompatibleWith("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The JSON body is larger than the limit of 1 MB (plumbline.limits.json-body).");
	}

	@Test
	void csvUploadsOverTenMegabytesAreRefusedOnTheApiAndOnPages() {
		TestOrganization org = this.organizations.withCharter();
		byte[] csv = ("kpi_key,date,value\n" + "x".repeat(10 * MB)).getBytes(StandardCharsets.UTF_8);
		MockMultipartFile file = new MockMultipartFile("file", "big.csv", "text/csv", csv);
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/kpis/measurements.csv", org.slug()).multipart().file(file)
			.with(org.leader().session()).with(csrf())).hasStatus(413)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The CSV file is larger than the limit of 10 MB (plumbline.limits.csv).");
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/kpis/measurements.csv", org.slug())
			.with(org.leader().session()).with(csrf()).contentType("text/csv").content(csv)).hasStatus(413);
		assertThat(this.mvc.post().uri("/o/{slug}/check-ins/upload", org.slug()).multipart().file(file)
			.with(org.member().session()).with(csrf())).hasStatus(413)
			.bodyText()
			.contains("The CSV file is larger than the limit of 10 MB (plumbline.limits.csv).");
		assertThat(this.mvc.post().uri("/o/{slug}/scorecard/measurements", org.slug()).multipart().file(file)
			.with(org.leader().session()).with(csrf())).hasStatus(413)
			.bodyText()
			.contains("plumbline.limits.csv");
	}

	@Test
	void anOverLongFormFieldIsAFieldError() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post().uri("/o/{slug}/objectives", org.slug()).with(org.leader().session()).with(csrf())
			.param("title", "t".repeat(5000)).param("status", "ACTIVE"))
			.satisfies(r -> assertThat(r.getResponse().getStatus()).isIn(200, 400))
			.bodyText()
			.contains("must be at most 200 characters");
		assertThat(this.mvc.post().uri("/signup").with(csrf()).param("email", "long@example.org")
			.param("displayName", "n".repeat(500)).param("password", "a long and private passphrase")).hasStatus(200)
			.bodyText()
			.contains("must be 1 to 120 characters");
	}

}
