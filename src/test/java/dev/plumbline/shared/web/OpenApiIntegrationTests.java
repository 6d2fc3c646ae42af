package dev.plumbline.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void documentsTheApiWithBearerAuthAndNoInternalParameters() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("Plumbline API", "/api/v1/orgs/{slug}/charter", "/api/v1/me/tokens",
					"/api/v1/orgs/{slug}/initiatives", "/api/v1/orgs/{slug}/initiatives/{id}", "\"scheme\":\"bearer\"")
			.doesNotContain("CurrentOrganization", "PlumblineUser");
	}

	@Test
	void theYamlSpellingIsAsPublicAsTheJson() {
		assertThat(this.mvc.get().uri("/v3/api-docs.yaml")).hasStatusOk()
			.bodyText()
			.contains("openapi:", "Plumbline API", "/api/v1/orgs/{slug}/charter");
	}

}
