package dev.plumbline.interchange.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.interchange.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class InterchangePageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ExportOrganization exportOrganization;

	@Test
	void anAdminSeesDownloadsAndTheUploadForm() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/{slug}/admin/interchange", org.slug()).with(org.admin().session()))
			.hasStatusOk()
			.bodyText()
			.contains("Download YAML", "Download JSON", "/o/" + org.slug() + "/admin/interchange/import");
	}

	@Test
	void aLeaderGets403() { // the file holds fits and individual survey responses: admins only
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/{slug}/admin/interchange", org.slug()).with(org.leader().session()))
			.hasStatus(403);
	}

	@Test
	void membersGet403AndOutsiders404() {
		TestOrganization org = this.organizations.create();
		TestOrganization other = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/{slug}/admin/interchange", org.slug()).with(org.member().session()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/o/{slug}/admin/interchange", org.slug()).with(other.admin().session()))
			.hasStatus(404);
	}

	@Test
	void theUploadFormNeedsTheCsrfToken() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/admin/interchange/import", org.slug())
			.multipart()
			.file(yaml(SampleFiles.small(org.slug())))
			.with(org.admin().session())).hasStatus(403);
	}

	@Test
	void anUploadRunsInTheBackgroundAndRedirectsWhenDone() throws Exception {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = SampleFiles.small(org.slug())
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		String job = start(org.admin(), "/o/" + org.slug() + "/admin/interchange/import", yaml(file));

		MvcTestResult done = pollUntilFinished(org.admin(), job);

		assertThat(done.getResponse().getHeader("HX-Redirect")).isEqualTo("/o/" + org.slug() + "/charter");
		assertThat(this.exportOrganization.export(org.id())).isEqualTo(file);
		assertThat(this.mvc.get().uri(job).with(org.admin().session())).hasStatusOk()
			.bodyText()
			.contains("Imported " + (file.rowCount()) + " rows");
	}

	@Test
	void anInvalidFileListsEveryProblemAndChangesNothing() throws Exception {
		TestOrganization org = this.organizations.create();
		MockMultipartFile bad = new MockMultipartFile("file", "bad.yaml", "application/yaml", """
				plumbline: 1
				organization: {name: Bad, slug: bad}
				charter: {vision: V, mission: M}
				teams:
				- {key: ops, nmae: Operations}
				objectives:
				- {key: o1, title: One, owner: nobody, priority: 1, status: active}
				""".getBytes());
		String job = start(org.admin(), "/o/" + org.slug() + "/admin/interchange/import", bad);

		MvcTestResult finished = pollUntilFinished(org.admin(), job);

		assertThat(finished).bodyText()
			.contains("Nothing was imported", "teams[0].nmae", "objectives[0].owner", "Upload another file",
					"href=\"/o/" + org.slug() + "/admin/interchange\"");
		assertThat(finished.getResponse().getHeader("HX-Redirect")).isNull();
		assertThat(this.exportOrganization.export(org.id()).teams()).isEmpty();
	}

	@Test
	void aNewOrganizationFromAFileHasTheImporterAsAdmin() throws Exception {
		assertThat(this.mvc.get().uri("/orgs/import").with(this.organizations.create().admin().session()))
			.hasStatusOk()
			.bodyText()
			.contains("New organization from a file");
		TestUser user = this.organizations.person("pg-" + UUID.randomUUID().toString().substring(0, 8), "importer");
		String slug = "pg-" + UUID.randomUUID().toString().substring(0, 10);
		String job = start(user, "/orgs/import", yaml(SampleFiles.small(slug)));

		assertThat(pollUntilFinished(user, job).getResponse().getHeader("HX-Redirect"))
			.isEqualTo("/o/" + slug + "/charter");
		assertThat(this.organizations.as(slug, user).role().name()).isEqualTo("ADMIN");
	}

	@Test
	void aJobIsVisibleOnlyToTheAccountThatStartedIt() throws Exception {
		TestOrganization org = this.organizations.create();
		String job = start(org.admin(), "/o/" + org.slug() + "/admin/interchange/import",
				yaml(SampleFiles.small(org.slug())));
		pollUntilFinished(org.admin(), job);
		assertThat(this.mvc.get().uri(job).with(org.leader().session())).hasStatus(404);
	}

	private String start(TestUser user, String path, MockMultipartFile file) {
		MvcTestResult started = this.mvc.post().uri(path).multipart().file(file).with(user.session()).with(csrf())
			.exchange();
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/imports/[0-9a-f]{32}");
		return location;
	}

	private MvcTestResult pollUntilFinished(TestUser user, String job) throws Exception {
		for (int i = 0; i < 300; i++) {
			MvcTestResult result = this.mvc.get().uri(job).header("HX-Request", "true").with(user.session()).exchange();
			assertThat(result).hasStatusOk();
			String body = result.getResponse().getContentAsString();
			if (!body.contains("hx-trigger")) {
				return result;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import did not finish");
	}

	private static MockMultipartFile yaml(OrganizationFile file) {
		return new MockMultipartFile("file", "org.yaml", "application/yaml",
				OrganizationFiles.write(file, FileFormat.YAML));
	}

}
