package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.checkIn;
import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class StaleObjectiveRuleTests {

	private final StaleObjectiveRule rule = new StaleObjectiveRule();

	@Test
	void latestCheckInOnAnyKeyResultBoundary() {
		var org = org().objective(objective("d29").kr(kr("a", "0", "1", checkIn(daysAgo(29), "0"))))
			.objective(objective("d30").kr(kr("a", "0", "1", checkIn(daysAgo(90), "0"))).kr(kr("b", "0", "1", checkIn(daysAgo(30), "0"))))
			.objective(objective("d31").kr(kr("a", "0", "1", checkIn(daysAgo(31), "0"))));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("d31");
		assertThat(RuleTesting.run(this.rule, org).get(0).evidence()).containsEntry("daysSinceCheckIn", 31L);
	}

	@Test
	void neverCheckedInCountsFromStartOrAtOnceWithoutStart() {
		var org = org().objective(objective("s30").start(daysAgo(30)).kr(kr("a", "0", "1")))
			.objective(objective("s31").start(daysAgo(31)).kr(kr("a", "0", "1")))
			.objective(objective("no-start").kr(kr("a", "0", "1")));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("s31", "no-start");
	}

	@Test
	void skipsObjectivesNotActiveOrWithoutKeyResults() {
		var org = org().objective(objective("planned").status(ObjectiveStatus.PLANNED).kr(kr("a", "0", "1")))
			.objective(objective("empty"));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

}
