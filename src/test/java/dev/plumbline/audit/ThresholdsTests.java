package dev.plumbline.audit;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.AuditSettings;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdsTests {

	@Test
	void defaultsAreThoseOfTheFindingsTable() {
		assertThat(Thresholds.of(null)).isEqualTo(Thresholds.DEFAULTS);
		assertThat(Thresholds.of(AuditSettings.DEFAULTS)).isEqualTo(new Thresholds(60, 25, new BigDecimal("0.4"), 30,
				new BigDecimal("3"), new BigDecimal("0.5"), 5, new BigDecimal("1.5"), 5, new BigDecimal("0.6"), 25, 30));
	}

	@Test
	void everySettingOverridesItsDefault() {
		Thresholds t = Thresholds.of(new AuditSettings(1, 2, new BigDecimal("0.3"), 4, new BigDecimal("5"),
				new BigDecimal("0.6"), 7, new BigDecimal("8"), 9, new BigDecimal("0.1"), 11, 12));
		assertThat(t).isEqualTo(new Thresholds(1, 2, new BigDecimal("0.3"), 4, new BigDecimal("5"), new BigDecimal("0.6"),
				7, new BigDecimal("8"), 9, new BigDecimal("0.1"), 11, 12));
	}

}
