package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class OverloadedOwnerRuleTests {

	private final OverloadedOwnerRule rule = new OverloadedOwnerRule();

	private static dev.plumbline.audit.OrgMother.Org owning(String person, int objectives, int initiatives) {
		var org = org().person(person, null);
		for (int i = 0; i < objectives; i++) {
			org.objective(objective(person + "-o" + i).owner(person));
		}
		for (int i = 0; i < initiatives; i++) {
			org.initiative(initiative(person + "-i" + i).owner(person));
		}
		org.objective(objective(person + "-planned").owner(person).status(ObjectiveStatus.PLANNED));
		org.initiative(initiative(person + "-paused").owner(person).status(InitiativeStatus.PAUSED));
		return org;
	}

	@Test
	void countsActiveObjectivesAndInitiativesTogether() {
		assertThat(RuleTesting.run(this.rule, owning("four", 2, 2))).isEmpty();
		assertThat(RuleTesting.run(this.rule, owning("five", 3, 2))).isEmpty();
		var findings = RuleTesting.run(this.rule, owning("six", 3, 3));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.subject().kind()).isEqualTo("person");
			assertThat(f.subject().name()).isEqualTo("Person six");
			assertThat(f.evidence()).containsEntry("total", 6);
		});
	}

}
