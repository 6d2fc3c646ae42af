package dev.plumbline.audit.rule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PracticeModel.Gwc;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class WrongSeatRuleTests {

	private final WrongSeatRule rule = new WrongSeatRule();

	private static Fit fit(String person, int daysAgo, Gwc gwc) {
		return new Fit(person, "seat", daysAgo(daysAgo), Map.of(), gwc, null);
	}

	@Test
	void anyNoOfGetsItWantsItCapacity() {
		var org = org().fit(fit("gets", 1, new Gwc(false, true, true)))
			.fit(fit("wants", 1, new Gwc(true, false, true)))
			.fit(fit("capacity", 1, new Gwc(true, true, false)))
			.fit(fit("all-yes", 1, new Gwc(true, true, true)))
			.fit(fit("unanswered", 1, null));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("gets", "wants", "capacity");
		assertThat(RuleTesting.run(this.rule, org).get(2).evidence()).containsEntry("no", List.of("capacity"));
	}

	@Test
	void onlyTheLatestFitCounts() {
		var org = org().fit(fit("grew", 100, new Gwc(false, true, true))).fit(fit("grew", 1, new Gwc(true, true, true)));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

}
