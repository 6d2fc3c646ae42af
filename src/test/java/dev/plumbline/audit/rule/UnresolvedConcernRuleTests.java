package dev.plumbline.audit.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Concern;
import dev.plumbline.interchange.PracticeModel.ConcernStatus;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class UnresolvedConcernRuleTests {

	private final UnresolvedConcernRule rule = new UnresolvedConcernRule();

	private static Concern concern(String key, int daysAgo, ConcernStatus status) {
		return new Concern(key, "Concern " + key, "ann", daysAgo(daysAgo), status, List.of());
	}

	@Test
	void openForMoreThanThirtyDaysBoundary() {
		var org = org().concern(concern("d30", 30, ConcernStatus.RAISED))
			.concern(concern("d31", 31, ConcernStatus.RAISED))
			.concern(concern("discussed", 31, ConcernStatus.DISCUSSED))
			.concern(concern("solved", 300, ConcernStatus.SOLVED))
			.concern(concern("dropped", 300, ConcernStatus.DROPPED))
			.concern(new Concern("undated", "Concern", "ann", null, ConcernStatus.RAISED, List.of()));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("d31", "discussed");
	}

}
