package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class UncoveredPillarRuleTests {

	private final UncoveredPillarRule rule = new UncoveredPillarRule();

	@Test
	void flagsPillarWithNothingActive() {
		var org = org().pillar("bare", 2)
			.pillar("planned-only", 1)
			.objective(objective("o").pillars("planned-only").status(ObjectiveStatus.PLANNED))
			.initiative(initiative("i").pillars("planned-only").status(InitiativeStatus.PLANNED));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("bare", "planned-only");
		assertThat(RuleTesting.run(this.rule, org).get(1).evidence()).containsEntry("weight", 1)
			.containsEntry("otherObjectives", 1)
			.containsEntry("otherInitiatives", 1);
	}

	@Test
	void activeObjectiveThroughParentChainCovers() {
		var org = org().pillar("p", 1)
			.objective(objective("root").pillars("p").status(ObjectiveStatus.PLANNED))
			.objective(objective("child").parent("root"));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

	@Test
	void activeInitiativeAloneCoversDirectlyOrThroughAnObjective() {
		var direct = org().pillar("p", 1).initiative(initiative("i").pillars("p"));
		var through = org().pillar("p", 1)
			.objective(objective("o").pillars("p").status(ObjectiveStatus.COMPLETED))
			.initiative(initiative("i").objectives("o"));
		assertThat(RuleTesting.run(this.rule, direct)).isEmpty();
		assertThat(RuleTesting.run(this.rule, through)).isEmpty();
	}

}
