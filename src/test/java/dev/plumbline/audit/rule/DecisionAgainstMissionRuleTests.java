package dev.plumbline.audit.rule;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PracticeModel.DecisionStatus;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.map;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

/** Pillars big (weight 3) and small (weight 1); value care weighs 1. */
class DecisionAgainstMissionRuleTests {

	private final DecisionAgainstMissionRule rule = new DecisionAgainstMissionRule();

	private static Decision decision(String key, DecisionStatus status, Map<String, Integer> scores,
			Map<String, Boolean> checklist) {
		return new Decision(key, "Decision " + key, status, daysAgo(10), null, "ann", scores, checklist);
	}

	private static dev.plumbline.audit.OrgMother.Org org3() {
		return org().pillar("big", 3).pillar("small", 1).value("care");
	}

	@Test
	void weightedScoreBelowZeroBoundary() {
		var org = org3().decision(decision("below", DecisionStatus.APPROVED, map("big", -1, "small", 2), Map.of()))
			.decision(decision("zero", DecisionStatus.APPROVED, map("big", -1, "small", 2, "care", 1), Map.of()))
			.decision(decision("above", DecisionStatus.APPROVED, map("big", 1, "small", -2), Map.of()))
			.decision(decision("value-tips", DecisionStatus.APPROVED, map("small", 1, "care", -2), Map.of()))
			.decision(decision("unknown-key", DecisionStatus.APPROVED, map("nope", -2), Map.of()));
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).extracting(f -> f.subject().key()).containsExactly("below", "value-tips");
		assertThat(findings.get(0).evidence()).containsEntry("weightedScore", new java.math.BigDecimal("-0.25"))
			.containsEntry("reasons", java.util.List.of("negativeScore"));
	}

	@Test
	void approvedWithUntickedChecklistItem() {
		var org = org3().decision(decision("unticked", DecisionStatus.APPROVED, map("big", 2), map("legal", true, "budget", false)))
			.decision(decision("ticked", DecisionStatus.APPROVED, map("big", 2), map("legal", true)));
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).extracting(f -> f.subject().key()).containsExactly("unticked");
		assertThat(findings.get(0).evidence()).containsEntry("unticked", java.util.List.of("budget"));
	}

	@Test
	void onlyApprovedDecisions() {
		var org = org3().decision(decision("proposed", DecisionStatus.PROPOSED, map("big", -2), map("x", false)))
			.decision(decision("rejected", DecisionStatus.REJECTED, map("big", -2), map("x", false)));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
	}

}
