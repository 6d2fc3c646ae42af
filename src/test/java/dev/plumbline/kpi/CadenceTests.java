package dev.plumbline.kpi;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CadenceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	@ParameterizedTest(name = "{0}: a measurement {1} days old is stale: {2}")
	@CsvSource({ "WEEKLY, 0, false", "WEEKLY, 10, false", "WEEKLY, 11, true", "MONTHLY, 44, false",
			"MONTHLY, 45, false", "MONTHLY, 46, true", "QUARTERLY, 136, false", "QUARTERLY, 137, true" })
	void isStaleAfterOneAndAHalfCadences(Cadence cadence, int daysAgo, boolean stale) {
		assertThat(cadence.isStale(TODAY.minusDays(daysAgo), TODAY)).isEqualTo(stale);
	}

	@Test
	void isStaleWhenNeverMeasured() {
		assertThat(Cadence.WEEKLY.isStale(null, TODAY)).isTrue();
	}

	@Test
	void freshSinceIsTheOldestDateThatIsNotStale() {
		for (Cadence cadence : Cadence.values()) {
			LocalDate since = cadence.freshSince(TODAY);
			assertThat(cadence.isStale(since, TODAY)).isFalse();
			assertThat(cadence.isStale(since.minusDays(1), TODAY)).isTrue();
		}
	}

	@Test
	void knowsItsLength() {
		assertThat(Cadence.WEEKLY.days()).isEqualTo(7);
		assertThat(Cadence.MONTHLY.days()).isEqualTo(30);
		assertThat(Cadence.QUARTERLY.days()).isEqualTo(91);
	}

}
