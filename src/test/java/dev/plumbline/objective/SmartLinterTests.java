package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.objective.SmartLinter.Facts;
import dev.plumbline.objective.SmartLinter.Hint;
import dev.plumbline.objective.SmartLinter.KeyResultFacts;
import dev.plumbline.objective.SmartLinter.Letter;
import dev.plumbline.objective.SmartLinter.Point;

import static org.assertj.core.api.Assertions.assertThat;

class SmartLinterTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Test
	void anObjectiveWithNothingFailsSpecificRelevantAndTimeBound() {
		List<Hint> hints = SmartLinter.lint(new Facts(null, List.of(), List.of()), TODAY);
		assertThat(hints).extracting(Hint::letter).containsExactly(Letter.values());
		assertThat(hints).filteredOn(h -> !h.passed()).extracting(Hint::letter)
			.containsExactly(Letter.SPECIFIC, Letter.RELEVANT, Letter.TIMEBOUND);
		assertThat(hints.get(0).reason()).contains("No key result");
		assertThat(hints.get(4).reason()).contains("No due date");
	}

	@Test
	void aWellFormedObjectivePassesEveryLetter() {
		Facts facts = new Facts(TODAY.plusDays(100), List.of("access"), List.of(kr(0, 100, Direction.INCREASE)));
		assertThat(SmartLinter.lint(facts, TODAY)).allMatch(Hint::passed);
	}

	@Test
	void aKeyResultWithoutNumericTargetFailsMeasurableNamingIt() {
		Facts facts = new Facts(TODAY, List.of("access"), List.of(new KeyResultFacts("Happier patients", BigDecimal.ZERO,
				null, Direction.INCREASE, List.of()), kr(0, 10, Direction.INCREASE)));
		Hint measurable = SmartLinter.measurable(facts);
		assertThat(measurable.passed()).isFalse();
		assertThat(measurable.reason()).contains("\"Happier patients\"");
	}

	@Test
	void aPillarThroughTheParentChainIsRelevant() {
		assertThat(SmartLinter.relevant(new Facts(TODAY, List.of("quality"), List.of())).passed()).isTrue();
		assertThat(SmartLinter.relevant(new Facts(TODAY, List.of(), List.of())).letter().auditCode()).isEqualTo("SMART_RELEVANT");
	}

	// Achievable: observed 10 per 10 days = 1/day from 0 to 10; target 100 leaves 90 to go.

	@Test
	void achievableAtExactlyThreeTimesTheObservedRate() {
		// 90 to go in 30 days = 3/day = 3 × observed
		assertThat(achievable(TODAY.plusDays(30))).isTrue();
	}

	@Test
	void notAchievableJustOverThreeTimesTheObservedRate() {
		// 90 to go in 29 days ≈ 3.1/day
		assertThat(achievable(TODAY.plusDays(29))).isFalse();
		Facts facts = new Facts(TODAY.plusDays(29), List.of("a"), List.of(climbing(0, 10, 100, Direction.INCREASE)));
		assertThat(SmartLinter.achievable(facts, TODAY).reason()).contains("over 3×");
	}

	@Test
	void comfortablyAchievableUnderTheThreshold() {
		assertThat(achievable(TODAY.plusDays(90))).isTrue();
	}

	@Test
	void achievableWorksForDecreasingKeyResults() {
		// from 30 down to 20 in 10 days (1/day), target 5: 15 to go
		KeyResultFacts down = climbing(30, 20, 5, Direction.DECREASE);
		assertThat(SmartLinter.achievable(down, TODAY.plusDays(5), TODAY)).isTrue();
		assertThat(SmartLinter.achievable(down, TODAY.plusDays(4), TODAY)).isFalse();
	}

	@Test
	void achievableIsNotJudgedWithFewerThanTwoCheckInsOrNoDueDate() {
		KeyResultFacts one = new KeyResultFacts("one", BigDecimal.ZERO, BigDecimal.TEN, Direction.INCREASE,
				List.of(new Point(TODAY, BigDecimal.ONE)));
		assertThat(SmartLinter.achievable(one, TODAY.plusDays(1), TODAY)).isNull();
		assertThat(SmartLinter.achievable(climbing(0, 10, 100, Direction.INCREASE), null, TODAY)).isNull();
		assertThat(SmartLinter.achievable(new Facts(TODAY, List.of(), List.of(one)), TODAY).passed()).isTrue();
	}

	@Test
	void noMovementOrGoingBackwardsIsNotAchievableWhileTheTargetIsFar() {
		assertThat(SmartLinter.achievable(climbing(10, 10, 100, Direction.INCREASE), TODAY.plusDays(365), TODAY)).isFalse();
		assertThat(SmartLinter.achievable(climbing(10, 5, 100, Direction.INCREASE), TODAY.plusDays(365), TODAY)).isFalse();
	}

	@Test
	void aReachedTargetIsAchievableEvenPastTheDueDate() {
		assertThat(SmartLinter.achievable(climbing(0, 100, 100, Direction.INCREASE), TODAY.minusDays(1), TODAY)).isTrue();
		assertThat(SmartLinter.achievable(climbing(0, 50, 100, Direction.INCREASE), TODAY, TODAY)).isFalse();
	}

	private static Boolean achievable(LocalDate due) {
		return SmartLinter.achievable(climbing(0, 10, 100, Direction.INCREASE), due, TODAY);
	}

	/** Two check-ins ten days apart, the latest today. */
	private static KeyResultFacts climbing(double from, double to, double target, Direction direction) {
		return new KeyResultFacts("Climb", BigDecimal.valueOf(from), BigDecimal.valueOf(target), direction,
				List.of(new Point(TODAY.minusDays(10), BigDecimal.valueOf(from)), new Point(TODAY, BigDecimal.valueOf(to))));
	}

	private static KeyResultFacts kr(double baseline, double target, Direction direction) {
		return new KeyResultFacts("KR", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), direction, List.of());
	}

}
