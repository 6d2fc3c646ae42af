package dev.plumbline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API of seats, fits, journeys, decisions, surveys, concerns, reviews and stories is documented.
 */
@PlumblineIntegrationTest
class SectionsApiDocsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void documentsTheSectionEndpoints() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/v1/orgs/{slug}/seats", "/api/v1/orgs/{slug}/seats/{key}", "/api/v1/orgs/{slug}/fits",
					"/api/v1/orgs/{slug}/journeys/{key}", "/api/v1/orgs/{slug}/decisions/{key}",
					"/api/v1/orgs/{slug}/surveys/{key}", "/api/v1/orgs/{slug}/concerns/{key}",
					"/api/v1/orgs/{slug}/reviews/{key}", "/api/v1/orgs/{slug}/stories/{key}")
			.doesNotContain("\"answers\"");
	}

}
