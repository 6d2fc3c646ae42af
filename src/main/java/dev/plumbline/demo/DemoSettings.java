package dev.plumbline.demo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.demo.enabled}: seed the demo organization on first start (default true).
 * {@code plumbline.demo.retry}: how often a node that found the seeding lock taken looks again (default 15 s).
 */
@ConfigurationProperties("plumbline.demo")
record DemoSettings(Boolean enabled, Duration retry) {

	DemoSettings {
		enabled = enabled == null || enabled;
		retry = retry == null ? Duration.ofSeconds(15) : retry;
		if (retry.isNegative() || retry.isZero()) {
			throw new IllegalArgumentException("plumbline.demo.retry must be positive, was " + retry);
		}
	}

}
