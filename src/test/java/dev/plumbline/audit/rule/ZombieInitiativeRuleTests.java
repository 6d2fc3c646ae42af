package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.audit.Finding;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.checkIn;
import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class ZombieInitiativeRuleTests {

	private final ZombieInitiativeRule rule = new ZombieInitiativeRule();

	@Test
	void flagsInitiativePastItsEndDate() {
		var org = org().initiative(initiative("late").start(daysAgo(10)).end(daysAgo(1)))
			.initiative(initiative("ends-today").start(daysAgo(10)).end(AS_OF));
		Finding finding = RuleTesting.run(this.rule, org).get(0);
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("late");
		assertThat(finding.evidence()).containsEntry("end", daysAgo(1).toString())
			.containsEntry("reasons", java.util.List.of("pastEnd"));
	}

	@Test
	void flagsWhenEveryListedObjectiveIsClosed() {
		var org = org().objective(objective("done").status(ObjectiveStatus.COMPLETED))
			.objective(objective("dropped").status(ObjectiveStatus.CANCELLED))
			.objective(objective("open"))
			.initiative(initiative("closed").start(daysAgo(5)).objectives("done", "dropped"))
			.initiative(initiative("half").start(daysAgo(5)).objectives("done", "open"))
			.initiative(initiative("none").start(daysAgo(5)));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("closed");
	}

	@Test
	void inactivityBoundaryFromTheLatestCheckInOfLinkedObjectives() {
		var org = org().objective(objective("o59").kr(kr("k", "0", "10", checkIn(daysAgo(59), "1"))))
			.objective(objective("o60").kr(kr("k", "0", "10", checkIn(daysAgo(90), "1"), checkIn(daysAgo(60), "2"))))
			.objective(objective("o61").kr(kr("k", "0", "10", checkIn(daysAgo(61), "1"))))
			.initiative(initiative("i59").start(daysAgo(400)).objectives("o59"))
			.initiative(initiative("i60").start(daysAgo(400)).objectives("o60"))
			.initiative(initiative("i61").start(daysAgo(400)).objectives("o61"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("i61");
		assertThat(RuleTesting.run(this.rule, org).get(0).evidence()).containsEntry("daysWithoutMovement", 61L)
			.containsEntry("lastMovement", daysAgo(61).toString());
	}

	@Test
	void withoutCheckInsTheStartDateCountsAndWithoutStartNothingIsJudged() {
		var org = org().initiative(initiative("s60").start(daysAgo(60)))
			.initiative(initiative("s61").start(daysAgo(61)))
			.initiative(initiative("no-start"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("s61");
	}

	@Test
	void onlyActiveAndPausedInitiatives() {
		var org = org();
		for (InitiativeStatus status : InitiativeStatus.values()) {
			org.initiative(initiative(status.name()).status(status).end(daysAgo(1)));
		}
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("ACTIVE", "PAUSED");
	}

	@Test
	void inactivityThresholdIsSettable() {
		var org = org().settings(new dev.plumbline.interchange.OrganizationFile.AuditSettings(10, null, null, null,
				null, null, null, null, null, null, null, null))
			.initiative(initiative("s11").start(daysAgo(11)));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("s11");
	}

}
