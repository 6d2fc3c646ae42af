package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Thresholds;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Role;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.ForbiddenException;
import dev.plumbline.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PlumblineIntegrationTest
class ImportOrganizationIntegrationTests {

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	ExportOrganization exportOrganization;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyFieldOfEverySectionSurvivesImportAndExport() {
		TestOrganization org = this.organizations.create();
		CurrentOrganization admin = this.organizations.as(org.slug(), org.admin());
		OrganizationFile file = SampleFiles.smallAddressingAPainPoint(org.slug()).withOrganization(name(org));

		this.importOrganization.replace(admin, file, ImportProgress.none());

		assertThat(this.exportOrganization.export(org.id())).isEqualTo(file);
	}

	@Test
	void reportsEveryRowOfTheFileAsProgress() {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = SampleFiles.small(org.slug());
		long[] rows = { 0 };

		ImportOrganization.Imported imported = this.importOrganization
			.replace(this.organizations.as(org.slug(), org.admin()), file, (section, n) -> rows[0] += n);

		assertThat(rows[0]).isEqualTo(file.rowCount()).isEqualTo(imported.rows());
	}

	@Test
	void replacingTwiceKeepsOnlyTheSecondFileAndAddsACharterVersion() {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization admin = this.organizations.as(org.slug(), org.admin());
		OrganizationFile first = SampleFiles.large(org.slug(), 30, 4, 7).withOrganization(name(org));
		OrganizationFile second = SampleFiles.small(org.slug()).withOrganization(name(org));

		this.importOrganization.replace(admin, first, ImportProgress.none());
		this.importOrganization.replace(admin, second, ImportProgress.none());

		assertThat(this.exportOrganization.export(org.id())).isEqualTo(second);
		assertThat(this.jdbc.sql("SELECT version, created_by FROM charter_version WHERE organization_id = :org ORDER BY version")
			.param("org", org.id()).query((rs, i) -> rs.getLong(1) + " " + rs.getObject(2, UUID.class)).list())
			.containsExactly("1 " + org.leader().userId(), "2 " + org.admin().userId(), "3 " + org.admin().userId());
	}

	@Test
	void aFailureInTheLastSectionChangesNothing() {
		TestOrganization org = this.organizations.create();
		CurrentOrganization admin = this.organizations.as(org.slug(), org.admin());
		OrganizationFile before = SampleFiles.small(org.slug()).withOrganization(name(org));
		this.importOrganization.replace(admin, before, ImportProgress.none());
		Kpi broken = new Kpi("broken", "A name longer than its column".repeat(10), null, null, List.of(),
				OrganizationFile.Cadence.WEEKLY, BigDecimal.TEN, OrganizationFile.Direction.INCREASE,
				new Thresholds(BigDecimal.ONE, BigDecimal.TEN), List.of());
		OrganizationFile after = SampleFiles.large(org.slug(), 20, 2, 3).withKpis(List.of(broken));

		assertThatThrownBy(() -> this.importOrganization.replace(admin, after, ImportProgress.none()))
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(this.exportOrganization.export(org.id())).isEqualTo(before);
		assertThat(this.jdbc.sql("SELECT count(*) FROM charter_version WHERE organization_id = :org")
			.param("org", org.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void importsIntoANewOrganizationWhoseAdminIsTheImporter() {
		TestUser someone = this.organizations.person("new-" + UUID.randomUUID().toString().substring(0, 8), "importer");
		String slug = "n-" + UUID.randomUUID().toString().substring(0, 10);

		ImportOrganization.Imported imported = this.importOrganization.intoNewOrganization(someone,
				SampleFiles.small(slug), null, null, ImportProgress.none());

		assertThat(imported.slug()).isEqualTo(slug);
		assertThat(this.organizations.as(slug, someone).role()).isEqualTo(Role.ADMIN);
		assertThat(this.exportOrganization.export(imported.organizationId())).isEqualTo(SampleFiles.small(slug));
		assertThat(this.jdbc.sql("SELECT action FROM activity WHERE organization_id = :org")
			.param("org", imported.organizationId()).query(String.class).list()).contains("organization.imported");
	}

	@Test
	void requestParametersOverrideTheFilesNameAndSlug() {
		TestUser someone = this.organizations.person("o-" + UUID.randomUUID().toString().substring(0, 8), "importer");
		String slug = "o-" + UUID.randomUUID().toString().substring(0, 10);

		ImportOrganization.Imported imported = this.importOrganization.intoNewOrganization(someone,
				SampleFiles.small("ignored"), slug, "Renamed", ImportProgress.none());

		assertThat(this.exportOrganization.export(imported.organizationId()).organization())
			.isEqualTo(new OrganizationFile.Organization("Renamed", slug));
	}

	@Test
	void aTakenSlugIsRefusedNamingTheFieldAndCreatesNothing() {
		TestOrganization taken = this.organizations.create();
		TestUser someone = this.organizations.person("x-" + UUID.randomUUID().toString().substring(0, 8), "importer");

		assertThatThrownBy(() -> this.importOrganization.intoNewOrganization(someone, SampleFiles.small(taken.slug()),
				null, null, ImportProgress.none()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field).containsExactly("organization.slug"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM membership WHERE account_id = :id").param("id", someone.userId())
			.query(Long.class).single()).isZero();
	}

	@Test
	void onlyAnAdminMayReplaceTheContent() {
		TestOrganization org = this.organizations.create();
		for (Role role : List.of(Role.LEADER, Role.MEMBER, Role.STAKEHOLDER)) {
			CurrentOrganization member = this.organizations.as(org.slug(), org.in(role));
			assertThatThrownBy(() -> this.importOrganization.replace(member, SampleFiles.small(org.slug()),
					ImportProgress.none()))
				.isInstanceOf(ForbiddenException.class);
		}
		assertThat(this.exportOrganization.export(org.id()).objectives()).isEmpty();
	}

	@Test
	void auditSettingsOutOfRangeAreRefusedBeforeAnythingIsWritten() {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = SampleFiles.small(org.slug())
			.withAudit(new OrganizationFile.AuditSettings(0, 101, null, null, null, null, null, null, null,
					new BigDecimal("1.5"), null, null));

		assertThatThrownBy(() -> this.importOrganization.replace(this.organizations.as(org.slug(), org.admin()), file,
				ImportProgress.none()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactly("audit.zombieInactivityDays", "audit.offTrackPoints", "audit.lowSentimentShare"));
		assertThat(this.exportOrganization.export(org.id()).teams()).isEmpty();
	}

	@Test
	void aKpiWithoutTargetIsRefusedNamingItsPath() {
		TestOrganization org = this.organizations.create();
		Kpi noTarget = new Kpi("no-target", "No target", null, null, List.of(), OrganizationFile.Cadence.WEEKLY, null,
				OrganizationFile.Direction.INCREASE, null, List.of());

		assertThatThrownBy(() -> this.importOrganization.replace(this.organizations.as(org.slug(), org.admin()),
				SampleFiles.small(org.slug()).withKpis(List.of(noTarget)), ImportProgress.none()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field)
				.containsExactly("kpis[0].target", "kpis[0].thresholds.red", "kpis[0].thresholds.green"));
		assertThat(this.exportOrganization.export(org.id()).teams()).isEmpty();
	}

	private static OrganizationFile.Organization name(TestOrganization org) {
		return new OrganizationFile.Organization("Org " + org.slug(), org.slug());
	}

}
