package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.audit.Finding;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;

import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class OrphanInitiativeRuleTests {

	private final OrphanInitiativeRule rule = new OrphanInitiativeRule();

	@Test
	void flagsLiveInitiativeServingNoPillar() {
		Finding finding = RuleTesting.run(this.rule, org().pillar("p", 1).initiative(initiative("clinic-app"))).get(0);
		assertThat(finding.subject().key()).isEqualTo("clinic-app");
		assertThat(finding.subject().kind()).isEqualTo("initiative");
		assertThat(finding.action()).isEqualTo(
				"Link 'Initiative clinic-app' to a pillar or to an objective that serves one, or cancel it.");
		assertThat(finding.evidence()).containsEntry("status", "active");
	}

	@Test
	void flagsProposedAndPlannedButNotPausedCompletedOrCancelled() {
		var org = org().pillar("p", 1);
		for (InitiativeStatus status : InitiativeStatus.values()) {
			org.initiative(initiative(status.name()).status(status));
		}
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("PROPOSED", "PLANNED", "ACTIVE");
	}

	@Test
	void directPillarServes() {
		assertThat(RuleTesting.run(this.rule, org().pillar("p", 1).initiative(initiative("i").pillars("p")))).isEmpty();
	}

	@Test
	void objectiveOrItsParentChainServes() {
		var org = org().pillar("p", 1)
			.objective(objective("root").pillars("p"))
			.objective(objective("child").parent("root"))
			.initiative(initiative("via-child").objectives("child"));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

	@Test
	void unknownPillarAndObjectiveWithoutPillarDoNotServe() {
		var org = org().pillar("p", 1)
			.objective(objective("loose"))
			.initiative(initiative("i").pillars("nope").objectives("loose", "missing"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("i");
	}

}
