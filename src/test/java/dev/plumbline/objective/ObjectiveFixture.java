package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.ManagePeople;
import dev.plumbline.people.ManagePeople.NewPerson;
import dev.plumbline.people.ManagePeople.NewTeam;
import dev.plumbline.people.PeopleQueries;

/**
 * An organization with a charter (pillars access, quality), a team, and people for the leader and the
 * member (same e-mails as their accounts), plus objectives made through the real use case.
 */
@TestComponent
public class ObjectiveFixture {

	private final TestOrganizations organizations;

	private final ManagePeople managePeople;

	private final PeopleQueries people;

	private final ManageObjectives manage;

	private final RecordCheckIn recordCheckIn;

	private final ObjectiveQueries queries;

	ObjectiveFixture(TestOrganizations organizations, ManagePeople managePeople, PeopleQueries people,
			ManageObjectives manage, RecordCheckIn recordCheckIn, ObjectiveQueries queries) {
		this.queries = queries;
		this.organizations = organizations;
		this.managePeople = managePeople;
		this.people = people;
		this.manage = manage;
		this.recordCheckIn = recordCheckIn;
	}

	public record World(TestOrganization org, CurrentOrganization asLeader, UUID team, UUID leaderPerson,
			UUID memberPerson) {
	}

	public World world() {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization asAdmin = this.organizations.as(org.slug(), org.admin());
		UUID team = this.managePeople.addTeam(asAdmin, new NewTeam("clinics", "Clinics", null));
		UUID lena = this.managePeople.addPerson(asAdmin, new NewPerson("lena", "Lena", org.leader().email(), "clinics"));
		UUID marco = this.managePeople.addPerson(asAdmin, new NewPerson("marco", "Marco", org.member().email(), "clinics"));
		return new World(org, this.organizations.as(org.slug(), org.leader()), team, lena, marco);
	}

	public UUID objective(World world, String key, UUID owner, UUID parent, List<String> pillars,
			KeyResultDraft... keyResults) {
		return this.manage.create(world.asLeader(), new ObjectiveDraft(key, "Objective " + key, "", owner, world.team(),
				parent, pillars, null, LocalDate.now().minusDays(30), LocalDate.now().plusDays(60), ObjectiveStatus.ACTIVE,
				List.of(keyResults)));
	}

	public static KeyResultDraft kr(String key, double baseline, Double target) {
		return new KeyResultDraft(key, "KR " + key, "%", BigDecimal.valueOf(baseline),
				target == null ? null : BigDecimal.valueOf(target), null);
	}

	public void checkIn(World world, UUID keyResult, double value) {
		this.recordCheckIn.record(world.asLeader(), keyResult,
				new RecordCheckIn.CheckIn(LocalDate.now(), BigDecimal.valueOf(value), new BigDecimal("0.7"), ""));
	}

	public void checkIn(World world, UUID keyResult, LocalDate date, double value, double confidence, String note) {
		this.recordCheckIn.record(world.asLeader(), keyResult, new RecordCheckIn.CheckIn(date, BigDecimal.valueOf(value),
				BigDecimal.valueOf(confidence), note));
	}

	/** Creates an objective with full control over its fields. */
	public UUID objective(World world, ObjectiveDraft draft) {
		return this.manage.create(world.asLeader(), draft);
	}

	public List<UUID> keyResults(World world, UUID objective) {
		return this.queries.detail(world.org().id(), objective).keyResults().stream().map(k -> k.id()).toList();
	}

	public PeopleQueries people() {
		return this.people;
	}

}
