package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.interchange.PlanModel.Cadence;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.kpi;
import static dev.plumbline.audit.OrgMother.measurement;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

/** 1.5 × cadence, rounded down: weekly 10, monthly 45, quarterly 136 days. */
class StaleKpiRuleTests {

	private final StaleKpiRule rule = new StaleKpiRule();

	@Test
	void boundaryForEachCadence() {
		var org = org().kpi(kpi("w10", Cadence.WEEKLY, null, null, measurement(daysAgo(10), "1")))
			.kpi(kpi("w11", Cadence.WEEKLY, null, null, measurement(daysAgo(11), "1")))
			.kpi(kpi("m44", Cadence.MONTHLY, null, null, measurement(daysAgo(44), "1")))
			.kpi(kpi("m45", Cadence.MONTHLY, null, null, measurement(daysAgo(90), "1"), measurement(daysAgo(45), "1")))
			.kpi(kpi("m46", Cadence.MONTHLY, null, null, measurement(daysAgo(46), "1")))
			.kpi(kpi("q136", Cadence.QUARTERLY, null, null, measurement(daysAgo(136), "1")))
			.kpi(kpi("q137", Cadence.QUARTERLY, null, null, measurement(daysAgo(137), "1")));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("w11", "m46", "q137");
		assertThat(RuleTesting.run(this.rule, org).get(0).evidence()).containsEntry("allowedDays", 10)
			.containsEntry("daysSinceMeasurement", 11L);
	}

	@Test
	void neverMeasuredIsStaleAndNoCadenceIsNotJudged() {
		var org = org().kpi(kpi("never", Cadence.MONTHLY, null, null)).kpi(kpi("no-cadence", null, null, null));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("never");
	}

	@Test
	void multipleIsSettable() {
		var org = org().settings(new AuditSettings(null, null, null, null, null, null, null, new java.math.BigDecimal("1"),
				null, null, null, null))
			.kpi(kpi("w7", Cadence.WEEKLY, null, null, measurement(daysAgo(7), "1")))
			.kpi(kpi("w8", Cadence.WEEKLY, null, null, measurement(daysAgo(8), "1")));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("w8");
	}

}
