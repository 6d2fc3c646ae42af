package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class SmartRelevantRuleTests {

	private final SmartRelevantRule rule = new SmartRelevantRule();

	@Test
	void flagsOpenObjectiveServingNoPillarThroughItsChain() {
		var org = org().pillar("p", 1)
			.objective(objective("root").pillars("p"))
			.objective(objective("child").parent("root"))
			.objective(objective("grandchild").parent("child").status(ObjectiveStatus.PLANNED))
			.objective(objective("loose-root"))
			.objective(objective("loose-child").parent("loose-root"))
			.objective(objective("unknown-pillar").pillars("nope"))
			.objective(objective("closed").status(ObjectiveStatus.COMPLETED));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("loose-root", "loose-child", "unknown-pillar");
	}

	@Test
	void parentCycleEndsTheChainWithoutPillar() {
		var org = org().pillar("p", 1).objective(objective("a").parent("b")).objective(objective("b").parent("a"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("a", "b");
	}

}
