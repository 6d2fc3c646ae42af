package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.checkIn;
import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.inDays;
import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.krDown;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observed: 10 units over 10 days (1/day). Due in 10 days. Needed = (target − 10) / 10 per day; over 3/day
 * fires: target 39 (2.9/day) no, 40 (3/day) no, 41 (3.1/day) yes.
 */
class SmartAchievableRuleTests {

	private final SmartAchievableRule rule = new SmartAchievableRule();

	private static dev.plumbline.audit.OrgMother.ObjectiveBuilder rising(String key, String target) {
		return objective(key).due(inDays(10))
			.kr(kr("k", "0", target, checkIn(daysAgo(10), "0"), checkIn(AS_OF, "10")));
	}

	@Test
	void boundaryAtThreeTimesTheObservedRate() {
		var org = org().objective(rising("under", "39")).objective(rising("at", "40")).objective(rising("over", "41"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("over.k");
	}

	@Test
	void decreasingKeyResultCountsDownwards() {
		var org = org().objective(objective("at").due(inDays(10))
			.kr(krDown("k", "100", "60", checkIn(daysAgo(10), "100"), checkIn(AS_OF, "90"))))
			.objective(objective("over").due(inDays(10))
				.kr(krDown("k", "100", "59", checkIn(daysAgo(10), "100"), checkIn(AS_OF, "90"))));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("over.k");
	}

	@Test
	void noProgressOrNoTimeLeftWhileTargetAheadFires() {
		var org = org().objective(objective("flat").due(inDays(10))
			.kr(kr("k", "0", "5", checkIn(daysAgo(10), "2"), checkIn(AS_OF, "2"))))
			.objective(objective("late").due(AS_OF).kr(kr("k", "0", "50", checkIn(daysAgo(10), "0"), checkIn(AS_OF, "10"))));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("flat.k", "late.k");
	}

	@Test
	void notJudgedWithoutEnoughFactsOrWhenReachedOrClosed() {
		var org = org().objective(objective("one-check-in").due(inDays(10)).kr(kr("k", "0", "100", checkIn(AS_OF, "1"))))
			.objective(objective("same-day").due(inDays(10))
				.kr(kr("k", "0", "100", checkIn(AS_OF, "1"), checkIn(AS_OF, "2"))))
			.objective(objective("no-due").due(null).kr(kr("k", "0", "100", checkIn(daysAgo(9), "0"), checkIn(AS_OF, "1"))))
			.objective(objective("reached").due(inDays(1)).kr(kr("k", "0", "5", checkIn(daysAgo(9), "0"), checkIn(AS_OF, "6"))))
			.objective(rising("done", "1000").status(ObjectiveStatus.COMPLETED));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

	@Test
	void multipleIsSettable() {
		var org = org().settings(new dev.plumbline.interchange.OrganizationFile.AuditSettings(null, null, null, null,
				new java.math.BigDecimal("2"), null, null, null, null, null, null, null))
			.objective(rising("over-two", "31"))
			.objective(rising("at-two", "30"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("over-two.k");
	}

}
