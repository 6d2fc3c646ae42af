package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class SmartSpecificRuleTests {

	private final SmartSpecificRule rule = new SmartSpecificRule();

	@Test
	void flagsActiveObjectiveWithoutKeyResultOnly() {
		var org = org().objective(objective("bare"))
			.objective(objective("planned").status(ObjectiveStatus.PLANNED))
			.objective(objective("one").kr(kr("k", "0", "1")));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("bare");
	}

}
