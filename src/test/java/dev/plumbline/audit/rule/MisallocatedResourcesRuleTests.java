package dev.plumbline.audit.rule;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.InitiativeStatus;

import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pillars a (weight 1) and b (weight 1): weight share 50 % each, tolerance 25 points. A budget share of
 * 75 % is at the boundary; 76 % is over.
 */
class MisallocatedResourcesRuleTests {

	private final MisallocatedResourcesRule rule = new MisallocatedResourcesRule();

	private static dev.plumbline.audit.OrgMother.Org split(String a, String b) {
		return org().pillar("a", 1)
			.pillar("b", 1)
			.initiative(initiative("ia").pillars("a").budget(a))
			.initiative(initiative("ib").pillars("b").budget(b));
	}

	@Test
	void budgetShareBoundary() {
		assertThat(RuleTesting.run(this.rule, split("74", "26"))).isEmpty();
		assertThat(RuleTesting.run(this.rule, split("75", "25"))).isEmpty();
		var findings = RuleTesting.run(this.rule, split("76", "24"));
		assertThat(findings).extracting(f -> f.subject().key()).containsExactly("a", "b");
		assertThat(findings.get(0).evidence()).containsEntry("measure", "budget")
			.containsEntry("share", new java.math.BigDecimal("76"))
			.containsEntry("weightShare", new java.math.BigDecimal("50"));
		assertThat(findings.get(0).action()).startsWith("Move budget away from 'Pillar a'");
		assertThat(findings.get(1).action()).startsWith("Put more budget into 'Pillar b'");
	}

	@Test
	void fteJudgedSeparatelyOneFindingPerPillarPerMeasure() {
		var org = org().pillar("a", 1)
			.pillar("b", 1)
			.initiative(initiative("ia").pillars("a").budget("100").fte("1"))
			.initiative(initiative("ib").pillars("b").budget("0").fte("1"));
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).extracting(f -> f.subject().key() + ":" + f.evidence().get("measure"))
			.containsExactly("a:budget", "b:budget");
	}

	@Test
	void splitsEquallyBetweenServedPillarsIncludingThroughObjectives() {
		var org = org().pillar("a", 1)
			.pillar("b", 1)
			.objective(objective("ob").pillars("b"))
			.initiative(initiative("both").pillars("a").objectives("ob").budget("100"));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

	@Test
	void unallocatedBudgetCountsInTheWholeAndInactiveDoesNot() {
		var org = org().pillar("a", 1)
			.initiative(initiative("ia").pillars("a").budget("40"))
			.initiative(initiative("orphan").budget("60"))
			.initiative(initiative("planned").pillars("a").budget("1000").status(InitiativeStatus.PLANNED));
		// a: 40 % of budget against 100 % of weight: off by 60 > 50
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("a");
	}

	@Test
	void nothingToShareIsNotJudged() {
		var org = org().pillar("a", 1).pillar("b", 3).initiative(initiative("ia").pillars("a"));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

}
