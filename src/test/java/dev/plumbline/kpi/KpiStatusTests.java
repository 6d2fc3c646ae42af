package dev.plumbline.kpi;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KpiStatusTests {

	@ParameterizedTest(name = "higher is better, red 80, green 90: {0} is {1}")
	@CsvSource({ "79.99, RED", "80, RED", "80.01, AMBER", "89.99, AMBER", "90, GREEN", "90.01, GREEN", "120, GREEN",
			"-5, RED" })
	void coloursAValueWhenHigherIsBetter(String value, KpiStatus expected) {
		assertThat(KpiStatus.of(Direction.INCREASE, new BigDecimal("80"), new BigDecimal("90"), new BigDecimal(value)))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "lower is better, red 15, green 10: {0} is {1}")
	@CsvSource({ "15.01, RED", "15, RED", "14.99, AMBER", "10.01, AMBER", "10, GREEN", "9.99, GREEN", "0, GREEN" })
	void coloursAValueWhenLowerIsBetter(String value, KpiStatus expected) {
		assertThat(KpiStatus.of(Direction.DECREASE, new BigDecimal("15"), new BigDecimal("10"), new BigDecimal(value)))
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "INCREASE", "DECREASE" })
	void hasNoColourWithoutAMeasurement(Direction direction) {
		assertThat(KpiStatus.of(direction, BigDecimal.ONE, BigDecimal.TEN, null)).isEqualTo(KpiStatus.NONE);
	}

	@ParameterizedTest
	@CsvSource({ "12.50, 12.5" })
	void comparesNumbersByValueNotByScale(String red, String value) {
		assertThat(KpiStatus.of(Direction.INCREASE, new BigDecimal(red), new BigDecimal("20"), new BigDecimal(value)))
			.isEqualTo(KpiStatus.RED);
	}

}
