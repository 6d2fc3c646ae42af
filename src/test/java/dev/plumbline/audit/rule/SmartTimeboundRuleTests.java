package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class SmartTimeboundRuleTests {

	private final SmartTimeboundRule rule = new SmartTimeboundRule();

	@Test
	void flagsActiveObjectiveWithoutDueDateOnly() {
		var org = org().objective(objective("open-ended").due(null))
			.objective(objective("planned").due(null).status(ObjectiveStatus.PLANNED))
			.objective(objective("dated"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("open-ended");
	}

}
