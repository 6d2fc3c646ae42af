package dev.plumbline.audit;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit's settings as Spring binds them: the defaults, and a bad value named with its reason. */
class AuditSettingsTests {

	@Test
	void defaults() {
		AuditSettings settings = bind(Map.of());
		assertThat(settings.debounce()).isEqualTo(Duration.ofSeconds(2));
		assertThat(settings.checkInInterval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(settings.trendLength()).isEqualTo(60);
	}

	@Test
	void aNegativeIntervalOrDebounceAndAnEmptyTrendAreRefusedByName() {
		assertThatThrownBy(() -> bind(Map.of("plumbline.audit.check-in-interval", "-1s"))).isInstanceOf(BindException.class)
			.rootCause().hasMessage("plumbline.audit.check-in-interval must not be negative, not PT-1S");
		assertThatThrownBy(() -> bind(Map.of("plumbline.audit.debounce", "-5ms"))).rootCause()
			.hasMessageStartingWith("plumbline.audit.debounce must not be negative");
		assertThatThrownBy(() -> bind(Map.of("plumbline.audit.trend-length", "0"))).rootCause()
			.hasMessage("plumbline.audit.trend-length must be at least 1, not 0");
		assertThat(bind(Map.of("plumbline.audit.check-in-interval", "0s")).checkInInterval()).as("none: every step at once")
			.isZero();
	}

	private static AuditSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("plumbline.audit", AuditSettings.class);
	}

}
