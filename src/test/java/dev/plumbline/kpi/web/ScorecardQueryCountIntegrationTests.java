package dev.plumbline.kpi.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.StatementCounter;
import dev.plumbline.StatementCounter.Counted;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.ScaleOrganizations;
import dev.plumbline.interchange.ScaleOrganizations.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard costs the same number of SQL statements for three KPIs and five people as for a full page
 * of KPIs with a year of measurements each and three hundred people: no query per row, and the owner
 * filter reads a limited picker, never everyone.
 */
@PlumblineIntegrationTest
@Import(StatementCounter.class)
class ScorecardQueryCountIntegrationTests {

	static final Scale TINY = new Scale(5, 1, 0, 0, 0, 3, 4, 0);

	static final Scale LARGER = new Scale(300, 4, 0, 0, 0, 60, 200, 0);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	CharterQueries charter;

	@Autowired
	ImportOrganization importOrganization;

	@Test
	void theScorecardCostsAFixedNumberOfStatementsWhateverItsRowsAndPeople() throws Exception {
		TestOrganization tiny = imported(TINY);
		TestOrganization larger = imported(LARGER);

		Counted<MvcTestResult> few = scorecard(tiny, "");
		Counted<MvcTestResult> many = scorecard(larger, "");
		Counted<MvcTestResult> filtered = scorecard(larger, "?owner=person-00007&status=RED");

		assertThat(few.result()).hasStatusOk().bodyText().contains("KPI 2");
		assertThat(many.result()).hasStatusOk().bodyText().contains("more — search by name");
		assertThat(rows(many.result())).isEqualTo(ScorecardController.PAGE_SIZE).isGreaterThan(rows(few.result()));
		assertThat(options(many.result())).isLessThanOrEqualTo(ScorecardController.OWNER_CHOICES + 2);
		assertThat(many.statements()).as("statements of a full scorecard").hasSameSizeAs(few.statements());
		assertThat(filtered.result()).hasStatusOk();
		// filtered by an owner's key: two statements more, to find the person by key and to add them to the
		// picker's first hundred (Person 7 sorts after them)
		assertThat(filtered.count()).as("statements of a filtered scorecard").isEqualTo(many.count() + 2);
		// the bound includes the two statements of the shared session store (read the session, touch it)
		assertThat(many.count()).as("statements of the scorecard").isLessThanOrEqualTo(14);
		// the page's sparklines are kept (KpiSparklines): a second view reads their revisions, not a year of
		// measurements
		Counted<MvcTestResult> again = scorecard(larger, "");
		assertThat(again.statements()).as("statements of the same page again")
			.hasSize(many.count() - 1)
			.noneMatch(sql -> sql.contains("kpi_measurement"));
	}

	private TestOrganization imported(Scale scale) {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = ScaleOrganizations.generate(org.slug(), scale, 5)
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		this.importOrganization.replace(this.organizations.as(org.slug(), org.admin()), file, ImportProgress.none());
		// the charter's items are kept per version once read outside a write (CharterStore): read them as the
		// first page after an import would, so that every count below is of a page in its steady state
		this.charter.current(org.id());
		return org;
	}

	private Counted<MvcTestResult> scorecard(TestOrganization org, String query) {
		return StatementCounter.count(() -> this.mvc.get()
			.uri("/o/" + org.slug() + "/scorecard" + query)
			.with(org.stakeholder().session())
			.exchange());
	}

	private static int rows(MvcTestResult result) throws java.io.UnsupportedEncodingException {
		return body(result).split("class=\"status-dot", -1).length - 1;
	}

	private static int options(MvcTestResult result) throws java.io.UnsupportedEncodingException {
		String body = body(result);
		int start = body.indexOf("id=\"f-owner\"");
		return body.substring(start, body.indexOf("</select>", start)).split("<option", -1).length - 1;
	}

	private static String body(MvcTestResult result) throws java.io.UnsupportedEncodingException {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
