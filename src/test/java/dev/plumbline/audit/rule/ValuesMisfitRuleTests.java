package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PracticeModel.FitRating;
import dev.plumbline.interchange.PracticeModel.Gwc;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.map;
import static dev.plumbline.audit.OrgMother.org;
import static dev.plumbline.interchange.PracticeModel.FitRating.MINUS;
import static dev.plumbline.interchange.PracticeModel.FitRating.PLUS;
import static dev.plumbline.interchange.PracticeModel.FitRating.PLUS_MINUS;
import static org.assertj.core.api.Assertions.assertThat;

class ValuesMisfitRuleTests {

	private final ValuesMisfitRule rule = new ValuesMisfitRule();

	private static Fit fit(String person, int daysAgo, java.util.Map<String, FitRating> values) {
		return new Fit(person, "seat", daysAgo(daysAgo), values, new Gwc(true, true, true), null);
	}

	@Test
	void oneMinusOrMoreThanOnePlusMinus() {
		var org = org().fit(fit("minus", 1, map("care", MINUS, "trust", PLUS)))
			.fit(fit("one-pm", 1, map("care", PLUS_MINUS, "trust", PLUS)))
			.fit(fit("two-pm", 1, map("care", PLUS_MINUS, "trust", PLUS_MINUS)))
			.fit(fit("fine", 1, map("care", PLUS, "trust", PLUS)));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("minus", "two-pm");
		assertThat(RuleTesting.run(this.rule, org).get(0).evidence()).containsEntry("minus", java.util.List.of("care"));
	}

	@Test
	void onlyTheLatestFitCounts() {
		var org = org().fit(fit("improved", 1, map("care", PLUS)))
			.fit(fit("improved", 100, map("care", MINUS)))
			.fit(fit("slipped", 100, map("care", PLUS)))
			.fit(fit("slipped", 1, map("care", MINUS)));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("slipped");
	}

}
