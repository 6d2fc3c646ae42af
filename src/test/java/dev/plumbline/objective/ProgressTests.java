package dev.plumbline.objective;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressTests {

	@Test
	void shareOfTheWayFromBaselineToTarget() {
		assertThat(kr("10", "20", Direction.INCREASE, "15").getAsDouble()).isEqualTo(50.0);
	}

	@Test
	void decreaseHasItsTargetBelowItsBaseline() {
		assertThat(kr("30", "10", Direction.DECREASE, "25").getAsDouble()).isEqualTo(25.0);
	}

	@Test
	void overshootIsCappedAndGoingBackwardsIsZero() {
		assertThat(kr("0", "10", Direction.INCREASE, "14").getAsDouble()).isEqualTo(100.0);
		assertThat(kr("0", "10", Direction.INCREASE, "-3").getAsDouble()).isEqualTo(0.0);
		assertThat(kr("30", "10", Direction.DECREASE, "35").getAsDouble()).isEqualTo(0.0);
	}

	@Test
	void noCheckInMeansNoProgress() {
		assertThat(kr("5", "10", Direction.INCREASE, null).getAsDouble()).isEqualTo(0.0);
	}

	@Test
	void targetEqualToBaselineIsReachedOrNot() {
		assertThat(kr("10", "10", Direction.INCREASE, "10").getAsDouble()).isEqualTo(100.0);
		assertThat(kr("10", "10", Direction.INCREASE, "9").getAsDouble()).isEqualTo(0.0);
		assertThat(kr("10", "10", Direction.DECREASE, "9").getAsDouble()).isEqualTo(100.0);
		assertThat(kr("10", "10", Direction.DECREASE, "11").getAsDouble()).isEqualTo(0.0);
	}

	@Test
	void aKeyResultWithoutTargetHasNoProgress() {
		assertThat(Progress.ofKeyResult(BigDecimal.ONE, null, Direction.INCREASE, BigDecimal.TEN)).isEmpty();
	}

	@Test
	void anObjectiveIsTheMeanOfItsKeyResultsAndChildren() {
		assertThat(Progress.ofObjective(List.of(OptionalDouble.of(20), OptionalDouble.empty(), OptionalDouble.of(60)),
				List.of(100.0))).isCloseTo(60.0, within(1e-9));
		assertThat(Progress.ofObjective(List.of(), List.of())).isZero();
	}

	private static OptionalDouble kr(String baseline, String target, Direction direction, String current) {
		return Progress.ofKeyResult(new BigDecimal(baseline), new BigDecimal(target), direction,
				current == null ? null : new BigDecimal(current));
	}

}
