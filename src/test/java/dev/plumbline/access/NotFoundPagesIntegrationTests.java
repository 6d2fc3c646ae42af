package dev.plumbline.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A 404 never tells whether the organization exists: "no such organization" and "not a member" answer
 * with the same body, the slug aside, on pages and API.
 */
@PlumblineIntegrationTest
class NotFoundPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void anotherOrganizationLooksExactlyLikeNoOrganization() throws Exception {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		String missing = "t-nosuchorg00";
		for (String template : new String[] { "/o/%s/charter", "/o/%s/members", "/api/v1/orgs/%s/charter",
				"/api/v1/orgs/%s/kpis" }) {
			var existing = this.mvc.perform(get(template.formatted(theirs.slug())).with(mine.admin().session()))
				.andReturn()
				.getResponse();
			var absent = this.mvc.perform(get(template.formatted(missing)).with(mine.admin().session()))
				.andReturn()
				.getResponse();
			assertThat(existing.getStatus()).as(template).isEqualTo(404);
			assertThat(absent.getStatus()).as(template).isEqualTo(404);
			assertThat(existing.getContentType()).isEqualTo(absent.getContentType());
			assertThat(normalized(existing.getContentAsString(), theirs.slug()))
				.as(template + ": the body must not tell an existing organization from a missing one")
				.isEqualTo(normalized(absent.getContentAsString(), missing));
			assertThat(existing.getContentAsString()).doesNotContain("Org " + theirs.slug());
		}
	}

	/** The body with the slug and the per-session CSRF token taken out. */
	private static String normalized(String body, String slug) {
		return body.replace(slug, "SLUG").replaceAll("(name=\"_csrf\" (content|value)=)\"[^\"]*\"", "$1\"TOKEN\"");
	}

}
