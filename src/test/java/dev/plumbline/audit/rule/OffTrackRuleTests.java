package dev.plumbline.audit.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.checkIn;
import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.inDays;
import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

/** Half the time gone (50 of 100 days): progress 24 fires, 25 and 26 do not. */
class OffTrackRuleTests {

	private final OffTrackRule rule = new OffTrackRule();

	private static dev.plumbline.audit.OrgMother.ObjectiveBuilder halfway(String key, String value) {
		return objective(key).start(daysAgo(50)).due(inDays(50)).kr(kr("k", "0", "100", checkIn(AS_OF, value)));
	}

	@Test
	void progressTrailingElapsedTimeBoundary() {
		var org = org().objective(halfway("p24", "24")).objective(halfway("p25", "25")).objective(halfway("p26", "26"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("p24");
		assertThat(RuleTesting.run(this.rule, org).get(0).evidence()).containsEntry("progress", new java.math.BigDecimal("24"))
			.containsEntry("timeElapsed", new java.math.BigDecimal("50"))
			.containsEntry("reasons", List.of("behind"));
	}

	@Test
	void progressRollsUpFromChildren() {
		var org = org().objective(objective("parent").start(daysAgo(50)).due(inDays(50)))
			.objective(halfway("child", "30").parent("parent"));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

	@Test
	void latestConfidenceBoundary() {
		var org = org().objective(objective("c39").kr(kr("k", "0", "1", checkIn(daysAgo(5), "1", "0.9"), checkIn(AS_OF, "1", "0.39"))))
			.objective(objective("c40").kr(kr("k", "0", "1", checkIn(AS_OF, "1", "0.40"))))
			.objective(objective("recovered").kr(kr("k", "0", "1", checkIn(daysAgo(5), "1", "0.1"), checkIn(AS_OF, "1", "0.8"))));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("c39");
		assertThat(RuleTesting.run(this.rule, org).get(0).evidence()).containsEntry("reasons", List.of("lowConfidence"));
	}

	@Test
	void onlyActiveObjectivesAndTimeNeedsStartAndDue() {
		var org = org().objective(halfway("planned", "0").status(ObjectiveStatus.PLANNED))
			.objective(objective("no-start").due(inDays(1)).kr(kr("k", "0", "100")));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

}
