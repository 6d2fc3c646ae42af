package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.Cadence;
import dev.plumbline.interchange.PlanModel.Direction;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.kpi;
import static dev.plumbline.audit.OrgMother.measurement;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class KpiRedRuleTests {

	private final KpiRedRule rule = new KpiRedRule();

	@Test
	void higherIsBetterRedAtOrBelowTheThreshold() {
		var org = org().kpi(kpi("below", Cadence.MONTHLY, Direction.INCREASE, "50", measurement(daysAgo(1), "49")))
			.kpi(kpi("at", Cadence.MONTHLY, Direction.INCREASE, "50", measurement(daysAgo(1), "50")))
			.kpi(kpi("above", Cadence.MONTHLY, Direction.INCREASE, "50", measurement(daysAgo(1), "51")))
			.kpi(kpi("no-direction", Cadence.MONTHLY, null, "50", measurement(daysAgo(1), "10")));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("below", "at", "no-direction");
	}

	@Test
	void lowerIsBetterRedAtOrAboveTheThreshold() {
		var org = org().kpi(kpi("below", Cadence.MONTHLY, Direction.DECREASE, "20", measurement(daysAgo(1), "19")))
			.kpi(kpi("at", Cadence.MONTHLY, Direction.DECREASE, "20", measurement(daysAgo(1), "20")))
			.kpi(kpi("above", Cadence.MONTHLY, Direction.DECREASE, "20", measurement(daysAgo(1), "21")));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("at", "above");
	}

	@Test
	void onlyTheLatestMeasurementCountsWhateverItsPositionInTheList() {
		var org = org().kpi(kpi("recovered", Cadence.MONTHLY, Direction.INCREASE, "50", measurement(daysAgo(1), "60"),
				measurement(daysAgo(30), "10")))
			.kpi(kpi("fell", Cadence.MONTHLY, Direction.INCREASE, "50", measurement(daysAgo(30), "60"), measurement(daysAgo(1), "10")))
			.kpi(kpi("no-red", Cadence.MONTHLY, Direction.INCREASE, null, measurement(daysAgo(1), "0")))
			.kpi(kpi("never", Cadence.MONTHLY, Direction.INCREASE, "50"));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("fell");
	}

}
