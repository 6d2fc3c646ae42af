package dev.plumbline.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.kpi.Measurement;

import static org.assertj.core.api.Assertions.assertThat;

/** A sparkline draws at most {@link KpiCharts#SPARKLINE_POINTS} points, spread over the whole series. */
class KpiChartsTests {

	@Test
	void aYearOfDailyMeasurementsIsThinnedKeepingTheFirstAndTheLatest() {
		List<Measurement> year = days(365);
		List<Measurement> thinned = KpiCharts.thinned(year, KpiCharts.SPARKLINE_POINTS);
		assertThat(thinned).hasSize(KpiCharts.SPARKLINE_POINTS).doesNotHaveDuplicates();
		assertThat(thinned.get(0)).isEqualTo(year.get(0));
		assertThat(thinned.get(thinned.size() - 1)).isEqualTo(year.get(364));
		assertThat(thinned).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
		// evenly spread: no gap between kept points is more than twice the mean
		for (int i = 1; i < thinned.size(); i++) {
			long gap = thinned.get(i).date().toEpochDay() - thinned.get(i - 1).date().toEpochDay();
			assertThat(gap).isBetween(1L, 2L * 364 / (KpiCharts.SPARKLINE_POINTS - 1) + 1);
		}
	}

	@Test
	void aShortSeriesIsDrawnWhole() {
		List<Measurement> few = days(KpiCharts.SPARKLINE_POINTS);
		assertThat(KpiCharts.thinned(few, KpiCharts.SPARKLINE_POINTS)).isSameAs(few);
		assertThat(KpiCharts.thinned(days(3), 2)).extracting(Measurement::value)
			.containsExactly(BigDecimal.valueOf(0), BigDecimal.valueOf(2));
	}

	private static List<Measurement> days(int count) {
		List<Measurement> measurements = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			measurements.add(new Measurement(LocalDate.of(2025, 11, 1).plusDays(i), BigDecimal.valueOf(i)));
		}
		return measurements;
	}

}
