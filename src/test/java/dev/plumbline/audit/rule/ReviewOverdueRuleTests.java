package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PracticeModel.ReviewCadence;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewOverdueRuleTests {

	private final ReviewOverdueRule rule = new ReviewOverdueRule();

	private static Review review(String key, LocalDate held, ReviewCadence cadence) {
		return new Review(key, cadence, held, List.of());
	}

	@Test
	void lastReviewOlderThanItsCadenceBoundary() {
		// AS_OF 2026-11-01: a quarterly review held 2026-08-01 is due 2026-11-01 (not overdue); 2026-07-31 is.
		assertThat(RuleTesting.run(this.rule, org().review(review("r", LocalDate.of(2026, 8, 1), ReviewCadence.QUARTERLY)))).isEmpty();
		var findings = RuleTesting.run(this.rule, org().review(review("r", LocalDate.of(2026, 7, 31), ReviewCadence.QUARTERLY)));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.subject().key()).isEqualTo("r");
			assertThat(f.evidence()).containsEntry("dueBy", "2026-10-31").containsEntry("daysOverdue", 1L);
		});
	}

	@Test
	void theLatestReviewAndItsOwnCadenceCount() {
		var org = org().review(review("recent", AS_OF.minusMonths(5), ReviewCadence.BIANNUAL))
			.review(review("old", AS_OF.minusMonths(20), ReviewCadence.MONTHLY));
		assertThat(RuleTesting.run(this.rule, org)).isEmpty();
		var monthly = org().review(review("m", AS_OF.minusMonths(1).minusDays(1), ReviewCadence.MONTHLY));
		assertThat(RuleTesting.keys(this.rule, monthly)).containsExactly("m");
	}

	@Test
	void noReviewAtAllIsOverdueOnlyWhenThereIsAStrategy() {
		assertThat(RuleTesting.run(this.rule, org())).isEmpty();
		assertThat(RuleTesting.keys(this.rule, org().objective(objective("o")))).containsExactly(ReviewOverdueRule.NONE);
		assertThat(RuleTesting.keys(this.rule, org().pillar("p", 1))).containsExactly(ReviewOverdueRule.NONE);
	}

}
