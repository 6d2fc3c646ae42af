package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A sparkline draws at most a few points ({@link KpiSparklines#spread}), spread over the whole series. */
class KpiSpreadTests {

	private static final int POINTS = 60;

	@Test
	void aYearOfDailyMeasurementsIsThinnedKeepingTheFirstAndTheLatest() {
		List<Measurement> year = days(365);
		List<Measurement> thinned = KpiSparklines.spread(year, POINTS);
		assertThat(thinned).hasSize(POINTS).doesNotHaveDuplicates();
		assertThat(thinned.get(0)).isEqualTo(year.get(0));
		assertThat(thinned.get(thinned.size() - 1)).isEqualTo(year.get(364));
		assertThat(thinned).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
		// evenly spread: no gap between kept points is more than twice the mean
		for (int i = 1; i < thinned.size(); i++) {
			long gap = thinned.get(i).date().toEpochDay() - thinned.get(i - 1).date().toEpochDay();
			assertThat(gap).isBetween(1L, 2L * 364 / (POINTS - 1) + 1);
		}
	}

	@Test
	void aShortSeriesIsDrawnWhole() {
		List<Measurement> few = days(POINTS);
		assertThat(KpiSparklines.spread(few, POINTS)).isSameAs(few);
		assertThat(KpiSparklines.spread(days(3), 2)).extracting(Measurement::value)
			.containsExactly(BigDecimal.valueOf(0), BigDecimal.valueOf(2));
	}

	@Test
	void picksTheSameRowsAsRoundingTheSpreadIndexes() {
		for (int n = 2; n <= 800; n++) {
			List<Measurement> series = days(n);
			for (int points : new int[] { 2, 3, 7, 60 }) {
				List<Measurement> expected = new ArrayList<>();
				if (n <= points) {
					expected = series;
				}
				else {
					for (int i = 0; i < points; i++) {
						expected.add(series.get((int) Math.round((double) i * (n - 1) / (points - 1))));
					}
				}
				assertThat(KpiSparklines.spread(series, points)).as("n=%d points=%d", n, points).isEqualTo(expected);
			}
		}
	}

	static List<Measurement> days(int count) {
		List<Measurement> measurements = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			measurements.add(new Measurement(LocalDate.of(2025, 11, 1).plusDays(i), BigDecimal.valueOf(i)));
		}
		return measurements;
	}

}
