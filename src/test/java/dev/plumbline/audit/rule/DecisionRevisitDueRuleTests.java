package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PracticeModel.DecisionStatus;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.inDays;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionRevisitDueRuleTests {

	private final DecisionRevisitDueRule rule = new DecisionRevisitDueRule();

	private static Decision decision(String key, DecisionStatus status, LocalDate revisitOn) {
		return new Decision(key, "Decision " + key, status, daysAgo(100), revisitOn, "ann", Map.of(), Map.of());
	}

	@Test
	void revisitDatePassedBoundary() {
		var org = org().decision(decision("yesterday", DecisionStatus.APPROVED, daysAgo(1)))
			.decision(decision("today", DecisionStatus.APPROVED, AS_OF))
			.decision(decision("tomorrow", DecisionStatus.APPROVED, inDays(1)))
			.decision(decision("never", DecisionStatus.APPROVED, null));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("yesterday");
	}

	@Test
	void proposedAndApprovedOnly() {
		var org = org().decision(decision("proposed", DecisionStatus.PROPOSED, daysAgo(1)))
			.decision(decision("rejected", DecisionStatus.REJECTED, daysAgo(1)))
			.decision(decision("superseded", DecisionStatus.SUPERSEDED, daysAgo(1)));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("proposed");
	}

}
