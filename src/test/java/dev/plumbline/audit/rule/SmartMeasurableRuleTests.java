package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class SmartMeasurableRuleTests {

	private final SmartMeasurableRule rule = new SmartMeasurableRule();

	@Test
	void flagsKeyResultWithoutTargetKeyedByObjective() {
		var org = org().objective(objective("o").kr(kr("vague", "0", null)).kr(kr("fine", "0", "5")));
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.subject().kind()).isEqualTo("keyResult");
			assertThat(f.subject().key()).isEqualTo("o.vague");
			assertThat(f.evidence()).containsEntry("objective", "o");
		});
	}

	@Test
	void judgesPlannedAndActiveObjectivesNotClosedOnes() {
		var org = org().objective(objective("planned").status(ObjectiveStatus.PLANNED).kr(kr("k", "0", null)))
			.objective(objective("done").status(ObjectiveStatus.COMPLETED).kr(kr("k", "0", null)))
			.objective(objective("dropped").status(ObjectiveStatus.CANCELLED).kr(kr("k", "0", null)));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("planned.k");
	}

}
