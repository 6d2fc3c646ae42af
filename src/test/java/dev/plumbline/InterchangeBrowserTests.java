package dev.plumbline;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.interchange.SampleFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Uploading an organization file in a real browser: the progress bar moves while a large file is written,
 * then the charter of the imported organization opens; a bad file lists every problem.
 */
class InterchangeBrowserTests extends BrowserTest {

	@Autowired
	TestOrganizations organizations;

	@Test
	void anAdminUploadsALargeFileWatchesTheProgressAndLandsOnTheCharter() throws Exception {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = SampleFiles.large(org.slug(), 2000, 4, 11)
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		Path upload = Files.createTempFile("organization", ".yaml");
		Files.write(upload, OrganizationFiles.write(file, FileFormat.YAML));
		Page page = signedIn(org.admin());
		page.navigate("/o/" + org.slug() + "/admin/interchange");
		assertThat(page.locator("#download-yaml")).isVisible();
		screenshot(page, "interchange-page");

		page.setInputFiles("#file", upload);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and replace")).click();
		// The import shows its progress while it runs; since the reader and COPY got faster, 37,000 rows may be
		// done (about half a second) before the progress page is first drawn, and it then goes on at once.
		com.microsoft.playwright.Locator progress = page.locator("#import-progress .progress");
		page.waitForCondition(() -> progress.isVisible() || page.url().endsWith("/o/" + org.slug() + "/charter"),
				new Page.WaitForConditionOptions().setTimeout(60_000));
		if (progress.isVisible()) {
			screenshot(page, "interchange-progress");
		}

		page.waitForURL("**/o/" + org.slug() + "/charter", new Page.WaitForURLOptions().setTimeout(120_000));
		assertThat(page.locator("h1").first()).isVisible();
		assertThat(page.getByText("Everyone in the valley is cared for.").first()).isVisible();
		screenshot(page, "interchange-imported");
	}

	@Test
	void aBadFileShowsEveryProblem() throws Exception {
		Path upload = Files.createTempFile("bad", ".yaml");
		Files.writeString(upload, """
				plumbline: 1
				organization: {name: Bad, slug: bad}
				charter: {vision: V, mission: M}
				teams:
				- {key: ops, nmae: Operations}
				objectives:
				- {key: o1, title: One, owner: nobody, priority: 1, status: active}
				""");
		TestOrganization org = this.organizations.create();
		Page page = signedIn(org.admin());
		page.navigate("/");
		page.locator("#import-organization").click();
		page.setInputFiles("#file", upload);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and create")).click();
		// the misspelt key, the name it leaves missing, and the owner nobody has
		assertThat(page.locator("#import-problems li")).hasCount(3);
		assertThat(page.locator("#import-problems")).containsText("teams[0].nmae");
		assertThat(page.locator("#import-problems")).containsText("teams[0].name");
		assertThat(page.locator("#import-problems")).containsText("objectives[0].owner");
		screenshot(page, "interchange-invalid");
	}

}
