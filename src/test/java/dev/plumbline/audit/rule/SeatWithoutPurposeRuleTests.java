package dev.plumbline.audit.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.Seat;

import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class SeatWithoutPurposeRuleTests {

	private final SeatWithoutPurposeRule rule = new SeatWithoutPurposeRule();

	@Test
	void flagsSeatStatingNoContribution() {
		var org = org().seat(new Seat("none", "Clerk", "t", null, null, List.of("files"), "ann"))
			.seat(new Seat("blank", "Clerk", "t", null, "", List.of(), "ann"))
			.seat(new Seat("stated", "Clerk", "t", null, "Keeps records true", List.of(), "ann"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("none", "blank");
	}

}
