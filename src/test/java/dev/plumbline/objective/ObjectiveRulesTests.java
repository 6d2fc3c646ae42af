package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectiveRulesTests {

	@Test
	void generatesKeysStatusAndDirections() {
		ObjectiveDraft d = ObjectiveRules.normalize(draft(" Same-week access! ", null, null,
				new KeyResultDraft(null, "No-show rate", "%", new BigDecimal("15"), new BigDecimal("8"), null),
				new KeyResultDraft(null, "No-show rate", "%", null, new BigDecimal("3"), null)));
		assertThat(d.key()).isEqualTo("same-week-access");
		assertThat(d.status()).isEqualTo(ObjectiveStatus.ACTIVE);
		assertThat(d.keyResults()).extracting(KeyResultDraft::key).containsExactly("no-show-rate", "no-show-rate-2");
		assertThat(d.keyResults()).extracting(KeyResultDraft::direction).containsExactly(Direction.DECREASE, Direction.INCREASE);
		assertThat(d.keyResults().get(1).baseline()).isEqualTo(BigDecimal.ZERO);
		assertThat(ObjectiveRules.check(d)).isEmpty();
	}

	@Test
	void dueMustNotPrecedeStartAndTargetsMustFollowTheirDirection() {
		ObjectiveDraft d = ObjectiveRules.normalize(draft("T", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30),
				new KeyResultDraft("a", "Up", "", BigDecimal.TEN, BigDecimal.ONE, Direction.INCREASE),
				new KeyResultDraft("b", "Down", "", BigDecimal.ONE, BigDecimal.TEN, Direction.DECREASE),
				new KeyResultDraft("c", "Flat", "", BigDecimal.ONE, BigDecimal.ONE, Direction.DECREASE)));
		assertThat(ObjectiveRules.check(d)).extracting(FieldProblem::field)
			.containsExactly("due", "keyResults[0].target", "keyResults[1].target");
	}

	@Test
	void dueOnTheStartDayIsFine() {
		LocalDate day = LocalDate.of(2026, 5, 1);
		assertThat(ObjectiveRules.check(ObjectiveRules.normalize(draft("T", day, day)))).isEmpty();
	}

	@Test
	void namesEveryBadField() {
		ObjectiveDraft d = ObjectiveRules.normalize(new ObjectiveDraft("Bad Key", " ", "", null, null, null, List.of(), -1,
				null, null, null, List.of(new KeyResultDraft("x", "", "", null, null, null),
						new KeyResultDraft("x", "Dup", "", null, null, null))));
		assertThat(ObjectiveRules.check(d)).extracting(FieldProblem::field)
			.containsExactly("title", "key", "priority", "keyResults[0].title", "keyResults[1].key");
	}

	private static ObjectiveDraft draft(String title, LocalDate start, LocalDate due, KeyResultDraft... keyResults) {
		return new ObjectiveDraft(null, title, null, null, null, null, null, null, start, due, null, List.of(keyResults));
	}

}
