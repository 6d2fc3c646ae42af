package dev.plumbline.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.ManagePeople;
import dev.plumbline.strategy.Initiative;
import dev.plumbline.strategy.InitiativeQueries;
import dev.plumbline.strategy.InitiativeStatus;
import dev.plumbline.strategy.StrategyFixtures;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class DemoStrategyIntegrationTests {

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ReviseCharter reviseCharter;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	DemoStrategy demoStrategy;

	@Autowired
	InitiativeQueries initiatives;

	@Autowired
	JdbcClient jdbc;

	@Test
	void seedsTwelveOrMoreInitiativesWithAnOrphanAZombieAndObjectiveLinksByKey() {
		TestOrganization org = this.organizations.create();
		CurrentOrganization asAdmin = this.organizations.as(org.slug(), org.admin());
		CurrentOrganization asLeader = this.organizations.as(org.slug(), org.leader());
		this.reviseCharter.revise(asLeader, 0, DemoCharter.third());
		DemoTeams.TEAMS.forEach(team -> this.managePeople.addTeam(asAdmin, team));
		DemoTeams.PEOPLE.forEach(person -> this.managePeople.addPerson(asAdmin,
				new ManagePeople.NewPerson(person.key(), person.name(), null, person.teamKey())));
		UUID sameDay = new StrategyFixtures(this.jdbc).objective(org.id(), "clinic-capacity", "More clinic capacity", null,
				null, "access");

		this.demoStrategy.seed(asLeader, Map.of("clinic-capacity", sameDay));

		var all = this.initiatives.all(org.id());
		assertThat(all).hasSizeGreaterThanOrEqualTo(12);
		assertThat(all).filteredOn(i -> i.pillarKeys().isEmpty() && i.objectiveIds().isEmpty())
			.extracting(Initiative::key).containsExactly("waiting-room-redesign");
		assertThat(all).filteredOn(i -> i.status() == InitiativeStatus.ACTIVE && i.end().isBefore(LocalDate.now()))
			.extracting(Initiative::key).containsExactly("billing-system-replacement");
		assertThat(all).filteredOn(i -> i.objectiveIds().contains(sameDay)).hasSize(3);
		assertThat(all).allMatch(i -> i.ownerName() != null);
	}

}
