package dev.plumbline.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the audit reruns: {@code debounce} is how long it waits after a change for more changes before
 * rerunning (several edits in a row cost one audit); {@code trendLength} how many runs the trend shows;
 * {@code checkInInterval} the least time between two incremental steps of one organization (a check-in
 * after a quiet spell is taken at once; under a stream of check-ins each step takes all that waited).
 */
@ConfigurationProperties("plumbline.audit")
public record AuditSettings(@DefaultValue("2s") Duration debounce, @DefaultValue("60") int trendLength,
		@DefaultValue("1s") Duration checkInInterval) {

	public AuditSettings {
		requireNotNegative("plumbline.audit.debounce", debounce);
		requireNotNegative("plumbline.audit.check-in-interval", checkInInterval);
		if (trendLength < 1) {
			throw new IllegalArgumentException("plumbline.audit.trend-length must be at least 1, not " + trendLength);
		}
	}

	private static void requireNotNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new IllegalArgumentException(property + " must not be negative, not " + value);
		}
	}

}
