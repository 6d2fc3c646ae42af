package dev.plumbline.interchange.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.interchange.SampleFiles;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class InterchangeApiIntegrationTests {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	/** Two problems: a misspelt key and an objective whose owner does not exist. */
	private static final String BAD_FILE = """
			plumbline: 1
			organization: {name: Bad, slug: bad-file}
			charter: {vision: V, mission: M}
			teams:
			- {key: ops, nmae: Operations}
			objectives:
			- {key: o1, title: One, owner: nobody, priority: 1, status: active}
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void importsYamlIntoANewOrganizationAndAnswers201WithItsAddress() {
		TestUser user = this.organizations.person("api-" + UUID.randomUUID().toString().substring(0, 8), "importer");
		String slug = "api-" + UUID.randomUUID().toString().substring(0, 10);
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/orgs/import")
			.with(user.session())
			.with(csrf())
			.contentType(YAML)
			.content(OrganizationFiles.write(SampleFiles.small(slug), FileFormat.YAML))
			.exchange();

		assertThat(result).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.slug").isEqualTo(slug);
			assertThat(json).extractingPath("$.url").asString().endsWith("/o/" + slug + "/charter");
		});
		assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/orgs/" + slug + "/export");
		assertThat(this.organizations.as(slug, user).role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void importsJsonWithTheSlugAndNameOfTheRequest() {
		TestUser user = this.organizations.person("json-" + UUID.randomUUID().toString().substring(0, 8), "importer");
		String slug = "json-" + UUID.randomUUID().toString().substring(0, 10);
		assertThat(this.mvc.post()
			.uri("/api/v1/orgs/import?slug={slug}&name=From JSON", slug)
			.with(user.session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(OrganizationFiles.write(SampleFiles.small("other"), FileFormat.JSON))).hasStatus(201)
			.bodyJson()
			.extractingPath("$.slug")
			.isEqualTo(slug);
		assertThat(this.organizations.as(slug, user).name()).isEqualTo("From JSON");
	}

	@Test
	void aTakenSlugIsA400NamingOrganizationSlug() {
		TestOrganization taken = this.organizations.create();
		assertThat(this.mvc.post()
			.uri("/api/v1/orgs/import")
			.with(taken.member().session())
			.with(csrf())
			.contentType(YAML)
			.content(OrganizationFiles.write(SampleFiles.small(taken.slug()), FileFormat.YAML))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("organization.slug");
	}

	@Test
	void anInvalidFileIsA400ListingEveryProblemByPath() {
		TestOrganization org = this.organizations.create();
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/orgs/{slug}/import", org.slug())
			.with(org.admin().session())
			.with(csrf())
			.contentType(YAML)
			.content(BAD_FILE)
			.exchange();
		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("teams[0].nmae", "objectives[0].owner");
	}

	@Test
	void anAdminReplacesTheContentAndGetsItBackAsYaml() {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = SampleFiles.small(org.slug())
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		byte[] yaml = OrganizationFiles.write(file, FileFormat.YAML);
		assertThat(this.mvc.post()
			.uri("/api/v1/orgs/{slug}/import", org.slug())
			.with(org.admin().session())
			.with(csrf())
			.contentType(YAML)
			.content(yaml)).hasStatusOk().bodyJson().extractingPath("$.slug").isEqualTo(org.slug());

		MvcTestResult export = this.mvc.get()
			.uri("/api/v1/orgs/{slug}/export?format=yaml", org.slug())
			.with(org.admin().session())
			.exchange();
		assertThat(export).hasStatusOk();
		assertThat(export.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + org.slug() + ".yaml\"");
		assertThat(new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.isEqualTo(new String(yaml, StandardCharsets.UTF_8));
	}

	@Test
	void exportsJson() {
		TestOrganization org = this.organizations.create();
		MvcTestResult export = this.mvc.get()
			.uri("/api/v1/orgs/{slug}/export?format=json", org.slug())
			.with(org.admin().session())
			.exchange();
		assertThat(export).hasStatusOk().bodyJson().extractingPath("$.organization.slug").isEqualTo(org.slug());
		assertThat(export.getResponse().getHeader("Content-Disposition")).contains(org.slug() + ".json");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEADER", "MEMBER", "STAKEHOLDER" })
	void onlyAnAdminMayExport(Role role) { // the file holds fits and individual survey responses
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/export", org.slug()).with(org.in(role).session()))
			.hasStatus(403);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEADER", "MEMBER", "STAKEHOLDER" })
	void onlyAnAdminMayReplace(Role role) {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.post()
			.uri("/api/v1/orgs/{slug}/import", org.slug())
			.with(org.in(role).session())
			.with(csrf())
			.contentType(YAML)
			.content(OrganizationFiles.write(SampleFiles.small(org.slug()), FileFormat.YAML))).hasStatus(403);
	}

	@Test
	void anotherOrganizationsAdminGets404() {
		TestOrganization org = this.organizations.create();
		TestOrganization other = this.organizations.create();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/export", org.slug()).with(other.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/api/v1/orgs/{slug}/import", org.slug())
			.with(other.admin().session())
			.with(csrf())
			.contentType(YAML)
			.content(OrganizationFiles.write(SampleFiles.small(org.slug()), FileFormat.YAML))).hasStatus(404);
	}

	@Test
	void anUnknownFormatIsA400() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/export?format=xml", org.slug()).with(org.admin().session()))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("format");
	}

}
