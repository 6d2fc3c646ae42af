package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.Cadence;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.kpi;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class UnownedRuleTests {

	private final UnownedRule rule = new UnownedRule();

	@Test
	void flagsActiveObjectiveActiveInitiativeAndAnyKpiWithoutOwner() {
		Kpi base = kpi("k", Cadence.MONTHLY, null, null);
		Kpi orphanKpi = new Kpi("nobody", "KPI", "%", null, base.pillars(), base.cadence(), null, null, null, base.measurements());
		Kpi blankKpi = new Kpi("blank", "KPI", "%", "  ", base.pillars(), base.cadence(), null, null, null, base.measurements());
		var org = org().objective(objective("o").owner(null))
			.objective(objective("planned").owner(null).status(ObjectiveStatus.PLANNED))
			.objective(objective("owned"))
			.initiative(initiative("i").owner(null))
			.initiative(initiative("paused").owner(null).status(InitiativeStatus.PAUSED))
			.kpi(base)
			.kpi(orphanKpi)
			.kpi(blankKpi);
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).extracting(f -> f.subject().kind() + ":" + f.subject().key())
			.containsExactly("objective:o", "initiative:i", "kpi:nobody", "kpi:blank");
	}

}
