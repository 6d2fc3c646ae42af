package dev.plumbline.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import dev.plumbline.DemoData;
import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.RunAudit;
import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.OrganizationFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo file loads whole into an organization, and its audit shows every finding code at least once.
 */
@PlumblineIntegrationTest
class DemoFileIntegrationTests {

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	ExportOrganization export;

	@Autowired
	RunAudit runAudit;

	@Autowired
	AuditQueries queries;

	@Test
	void holdsEverySectionOfALivingOrganization() {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		OrganizationFile file = this.export.export(org.id());

		assertThat(file.charter().pillars()).hasSize(6);
		assertThat(file.teams()).hasSize(7);
		assertThat(file.people()).hasSize(12);
		assertThat(file.objectives()).hasSize(28);
		assertThat(file.initiatives()).hasSize(13);
		assertThat(file.kpis()).hasSize(10);
		assertThat(file.seats()).hasSize(13);
		assertThat(file.journeys()).hasSize(7);
		assertThat(file.decisions()).hasSize(4);
		assertThat(file.fits()).hasSize(6);
		assertThat(file.surveys()).hasSize(2);
		assertThat(file.concerns()).hasSize(4);
		assertThat(file.reviews()).hasSize(2);
		assertThat(file.stories()).hasSize(3);
	}

	@Test
	void roundTripsToIdenticalFiles(@Autowired dev.plumbline.TestOrganizations organizations,
			@Autowired dev.plumbline.interchange.ImportOrganization importOrganization) {
		TestOrganization first = this.beans.createBean(DemoData.class).seed();
		OrganizationFile.Organization same = new OrganizationFile.Organization("Northwind", "northwind");
		byte[] once = dev.plumbline.interchange.OrganizationFiles.write(
				this.export.export(first.id()).withOrganization(same), dev.plumbline.interchange.FileFormat.YAML);
		TestOrganization second = organizations.create();
		importOrganization.replace(organizations.as(second.slug(), second.admin()),
				dev.plumbline.interchange.OrganizationFiles.read(once, dev.plumbline.interchange.FileFormat.YAML),
				dev.plumbline.interchange.ImportProgress.none());
		byte[] twice = dev.plumbline.interchange.OrganizationFiles.write(
				this.export.export(second.id()).withOrganization(same), dev.plumbline.interchange.FileFormat.YAML);

		assertThat(new String(twice, java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo(new String(once, java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void itsAuditShowsEveryFindingCode() {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		this.runAudit.run(org.id(), "test");

		Set<FindingCode> found = this.queries.findings(org.id(), AuditQueries.FindingFilter.all(true), 0, 200)
			.items()
			.stream()
			.map(AuditQueries.FindingRow::code)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
		assertThat(found).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(FindingCode.class));
	}

	@Test
	void movesEveryDateSoThatTheDemoIsAlwaysAsOfToday() {
		OrganizationFile asWritten = DemoFile.load(LocalDate.of(2026, 11, 24));
		OrganizationFile later = DemoFile.load(LocalDate.of(2027, 3, 4));

		assertThat(later.asOf()).isEqualTo(LocalDate.of(2027, 3, 4));
		long days = java.time.temporal.ChronoUnit.DAYS.between(asWritten.asOf(), later.asOf());
		assertThat(firstCheckIn(later)).isEqualTo(firstCheckIn(asWritten).plusDays(days));
		assertThat(later.kpis().get(0).measurements().get(0).date())
			.isEqualTo(asWritten.kpis().get(0).measurements().get(0).date().plusDays(days));
		assertThat(later.reviews().get(1).held()).isEqualTo(asWritten.reviews().get(1).held().plusDays(days));
		assertThat(later.decisions().get(0).revisitOn()).isEqualTo(asWritten.decisions().get(0).revisitOn().plusDays(days));
		assertThat(later.fits().get(0).date()).isEqualTo(asWritten.fits().get(0).date().plusDays(days));
		assertThat(later.concerns().get(0).raised()).isEqualTo(asWritten.concerns().get(0).raised().plusDays(days));
		assertThat(later.surveys().get(0).date()).isEqualTo(asWritten.surveys().get(0).date().plusDays(days));
		assertThat(later.stories().get(0).date()).isEqualTo(asWritten.stories().get(0).date().plusDays(days));
		assertThat(later.initiatives().get(0).end()).isEqualTo(asWritten.initiatives().get(0).end().plusDays(days));
	}

	private static LocalDate firstCheckIn(OrganizationFile file) {
		return file.objectives().stream().flatMap(o -> o.keyResults().stream()).flatMap(kr -> kr.checkIns().stream())
			.findFirst().orElseThrow().date();
	}

}
