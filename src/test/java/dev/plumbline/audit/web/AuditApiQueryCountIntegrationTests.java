package dev.plumbline.audit.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.StatementCounter;
import dev.plumbline.StatementCounter.Counted;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.audit.AuditReruns;
import dev.plumbline.audit.RunAudit;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.ScaleOrganizations;
import dev.plumbline.interchange.ScaleOrganizations.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the audit API costs the same number of SQL statements for an organization with a handful of
 * findings as for one with thousands: totals come from one grouped count, the page from one query.
 */
@PlumblineIntegrationTest
@Import(StatementCounter.class)
class AuditApiQueryCountIntegrationTests {

	static final Scale TINY = new Scale(10, 2, 6, 1, 2, 2, 4, 0);

	static final Scale LARGER = new Scale(300, 6, 600, 2, 60, 20, 10, 0);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	RunAudit runAudit;

	@Autowired
	AuditReruns reruns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageOfFindingsCostsAFixedNumberOfStatementsWhateverTheRunsSize() throws Exception {
		TestOrganization tiny = imported(TINY);
		TestOrganization larger = imported(LARGER);
		assertThat(findings(larger)).isGreaterThan(10 * findings(tiny)).isGreaterThan(500);

		Counted<MvcTestResult> few = audit(tiny, "?size=500");
		Counted<MvcTestResult> many = audit(larger, "?size=500");
		Counted<MvcTestResult> byCode = audit(larger, "?code=STALE_OBJECTIVE&severity=WARNING&page=1&size=50");
		Counted<MvcTestResult> byKind = audit(larger, "?entity=objective&size=50");

		assertThat(java.util.List.of(few, many, byCode, byKind)).allSatisfy(c -> assertThat(c.result()).hasStatusOk());
		assertThat(many.statements()).as("statements of a page of 500 findings").hasSameSizeAs(few.statements());
		// the run's totals were counted from its findings in memory when it was stored, and its pillar and
		// team scores are read once per run (AuditQueries remembers them): later pages and filters of the
		// same run read only their rows, and a filter other than code and severity its count too
		assertThat(byCode.count()).as("a code and severity filter counts from the totals").isEqualTo(many.count() - 2);
		assertThat(byKind.count()).as("any other filter counts once more").isEqualTo(many.count());
		assertThat(audit(larger, "?size=500").count()).as("the same page again").isEqualTo(many.count() - 3);
		// the bound includes the statements of the API token's or session's authentication
		assertThat(many.count()).as("statements of a page of the audit API").isLessThanOrEqualTo(12);
	}

	private long findings(TestOrganization org) {
		return this.jdbc.sql("SELECT count(*) FROM audit_finding WHERE organization_id = :org")
			.param("org", org.id())
			.query(Long.class)
			.single();
	}

	private TestOrganization imported(Scale scale) throws Exception {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = ScaleOrganizations.generate(org.slug(), scale, 3)
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		this.importOrganization.replace(this.organizations.as(org.slug(), org.admin()), file, ImportProgress.none());
		// the rerun the import asked for must not store a run between the counted requests
		this.reruns.awaitRequested();
		this.runAudit.run(org.id(), "test");
		return org;
	}

	private Counted<MvcTestResult> audit(TestOrganization org, String query) {
		return StatementCounter.count(() -> this.mvc.get()
			.uri("/api/v1/orgs/" + org.slug() + "/audit" + query)
			.with(org.stakeholder().session())
			.exchange());
	}

}
