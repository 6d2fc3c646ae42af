package dev.plumbline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The doorkeeper of {@link RenderedFragments}: a hash recorded within a generation is found again however many
 * others came between (the table it replaced lost most of 40,000 rows' hashes to each other), one never
 * recorded is rarely found, and what is two generations old is forgotten.
 */
class SeenRecentlyTests {

	@Test
	void findsEveryHashOfAWorkingSetLargerThanTheOldTable() {
		SeenRecently seen = new SeenRecently(1 << 22, 1 << 18);
		int[] rows = new Random(7).ints(100_000).toArray();
		assertThat(IntStream.of(rows).filter(seen::record).count()).as("first rendering: mostly unseen").isLessThan(100);
		assertThat(IntStream.of(rows).filter(seen::record).count()).as("second rendering: every one seen").isEqualTo(100_000);
	}

	@Test
	void rarelyFindsAHashNeverRecorded() {
		SeenRecently seen = new SeenRecently(1 << 22, 1 << 18);
		Random random = new Random(11);
		IntStream.range(0, 250_000).forEach(i -> seen.record(random.nextInt()));
		long falsePositives = IntStream.range(0, 100_000).filter(i -> seen.record(random.nextInt())).count();
		assertThat(falsePositives).as("false positives of 100,000 new hashes").isLessThan(1_000);
	}

	@Test
	void keepsWhatWasSeenInThePreviousGenerationAndForgetsOlder() {
		SeenRecently seen = new SeenRecently(1 << 16, 1_000);
		assertThat(seen.record(42)).isFalse();
		IntStream.range(1_000, 2_500).forEach(seen::record);
		assertThat(seen.record(42)).as("recorded 1,500 records ago: in the previous generation").isTrue();
		IntStream.range(10_000, 12_000).forEach(seen::record);
		assertThat(seen.record(43)).as("never recorded").isFalse();
		IntStream.range(20_000, 22_000).forEach(seen::record);
		assertThat(seen.record(42)).as("two generations old: forgotten").isFalse();
	}

	@Test
	void refusesASizeThatIsNotAPowerOfTwo() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SeenRecently(1_000, 10)).withMessageContaining("bits");
	}

}
