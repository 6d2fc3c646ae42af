package dev.plumbline.interchange.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.interchange.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Hostile organization files through the web import paths (API and upload page), not only the reader:
 * an alias bomb and deep nesting come back as a clear refusal listing the problem, and nothing is
 * imported. (The reader's bounded memory is proven in a JVM of 48 MB by HostileFilesBoundedHeapTests.)
 */
@PlumblineIntegrationTest
class HostileFileImportIntegrationTests {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void theApiRefusesAnAliasBombAndDeepNestingWithA400NamingTheProblem() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/import", org.slug()).with(org.admin().session()).with(csrf())
			.contentType(YAML).content(HostileFiles.aliasBomb())).hasStatus(400)
			.bodyText()
			.contains("YAML aliases are not allowed");
		assertThat(this.mvc.post().uri("/api/v1/orgs/import").with(org.admin().session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(HostileFiles.deeplyNestedJson())).hasStatus(400)
			.bodyText()
			.contains("nest");
		assertThat(this.mvc.post().uri("/api/v1/orgs/import").with(org.admin().session()).with(csrf())
			.contentType(YAML).content(HostileFiles.deeplyNestedYaml())).hasStatus(400)
			.bodyText()
			.contains("nest");
	}

	@Test
	void theUploadPageRefusesAnAliasBombAndSaysWhy() throws Exception {
		TestOrganization org = this.organizations.create();
		MockMultipartFile file = new MockMultipartFile("file", "bomb.yaml", "application/yaml",
				HostileFiles.aliasBomb().getBytes(StandardCharsets.UTF_8));
		MvcTestResult started = this.mvc.post().uri("/o/{slug}/admin/interchange/import", org.slug()).multipart()
			.file(file).with(org.admin().session()).with(csrf()).exchange();
		assertThat(started).hasStatus3xxRedirection();
		MvcTestResult finished = poll(org.admin(), started.getResponse().getRedirectedUrl());
		assertThat(finished).bodyText().contains("Nothing was imported", "YAML aliases are not allowed");
	}

	private MvcTestResult poll(TestUser user, String job) throws Exception {
		for (int i = 0; i < 600; i++) {
			MvcTestResult result = this.mvc.get().uri(job).header("HX-Request", "true").with(user.session()).exchange();
			assertThat(result).hasStatusOk();
			if (!result.getResponse().getContentAsString().contains("hx-trigger")) {
				return result;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import did not finish");
	}

}
