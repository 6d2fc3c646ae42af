package dev.plumbline.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.objective.ObjectiveDirectory;
import dev.plumbline.objective.ObjectiveQueries;
import dev.plumbline.objective.ObjectiveSummary;
import dev.plumbline.objective.SmartLinter;
import dev.plumbline.organization.CurrentOrganization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo objectives seed on a fresh organization (charter, then teams and people, then objectives) and
 * give the audit what to find.
 */
@PlumblineIntegrationTest
class DemoObjectivesIntegrationTests {

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ReviseCharter reviseCharter;

	@Autowired
	DemoTeams teams;

	@Autowired
	DemoObjectives objectives;

	@Autowired
	ObjectiveDirectory directory;

	@Autowired
	ObjectiveQueries queries;

	@Test
	void seedsACascadeWithCheckInsAndDeliberateFlaws() {
		TestOrganization org = this.organizations.create();
		CurrentOrganization asAdmin = this.organizations.as(org.slug(), org.admin());
		CurrentOrganization asLeader = this.organizations.as(org.slug(), org.leader());
		this.reviseCharter.revise(asLeader, 0, DemoCharter.third());
		this.teams.seed(asAdmin);
		this.objectives.seed(asLeader);

		List<ObjectiveSummary> all = this.directory.summaries(org.id());
		assertThat(all).hasSizeGreaterThanOrEqualTo(25);
		ObjectiveSummary leaf = this.directory.byKey(org.id(), "eastside-evening").orElseThrow();
		ObjectiveSummary middle = this.directory.byId(org.id(), leaf.parentId()).orElseThrow();
		assertThat(middle.parentId()).isNotNull();
		assertThat(all).filteredOn(s -> "Marco Rossi".equals(s.ownerName())).hasSizeGreaterThanOrEqualTo(3);
		assertThat(all).filteredOn(s -> "Lena Fischer".equals(s.ownerName())).hasSizeGreaterThanOrEqualTo(3);
		assertThat(this.directory.byKey(org.id(), "green-clinics").orElseThrow().due()).isNull();
		assertThat(this.directory.byKey(org.id(), "patient-portal").orElseThrow().pillarKeys()).isEmpty();

		LocalDate today = LocalDate.now();
		assertThat(failing("patient-portal", org.id(), today)).contains(SmartLinter.Letter.RELEVANT);
		assertThat(failing("board-governance", org.id(), today)).contains(SmartLinter.Letter.SPECIFIC);
		assertThat(failing("green-clinics", org.id(), today)).contains(SmartLinter.Letter.TIMEBOUND);
		assertThat(failing("vaccination-drive", org.id(), today)).contains(SmartLinter.Letter.ACHIEVABLE);
		assertThat(failing("same-week-care", org.id(), today)).isEmpty();
		var stale = this.queries.detail(org.id(), id("cost-per-visit", org.id())).keyResults().get(0);
		assertThat(stale.lastCheckIn()).isBeforeOrEqualTo(today.minusDays(45));
		assertThat(stale.checkIns()).hasSizeGreaterThan(3);
		assertThat(this.queries.detail(org.id(), id("same-week-care", org.id())).keyResults().get(0).checkIns())
			.hasSizeGreaterThan(15);
	}

	private List<SmartLinter.Letter> failing(String key, UUID org, LocalDate today) {
		return SmartLinter.lint(this.queries.detail(org, id(key, org)).facts(), today).stream()
			.filter(h -> !h.passed()).map(SmartLinter.Hint::letter).toList();
	}

	private UUID id(String key, UUID org) {
		return this.directory.byKey(org, key).orElseThrow().id();
	}

}
