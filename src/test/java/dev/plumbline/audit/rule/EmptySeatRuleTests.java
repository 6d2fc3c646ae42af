package dev.plumbline.audit.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.Seat;

import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class EmptySeatRuleTests {

	private final EmptySeatRule rule = new EmptySeatRule();

	@Test
	void flagsSeatWithoutHolder() {
		var org = org().seat(new Seat("vacant", "Head of care", "t", null, "Care", List.of(), null))
			.seat(new Seat("blank", "Nurse", "t", null, "Care", List.of(), " "))
			.seat(new Seat("held", "Doctor", "t", null, "Care", List.of(), "ann"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("vacant", "blank");
	}

}
