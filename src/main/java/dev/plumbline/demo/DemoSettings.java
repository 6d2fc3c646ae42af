package dev.plumbline.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code plumbline.demo.enabled}: seed the demo organization on first start (default true).
 */
@ConfigurationProperties("plumbline.demo")
record DemoSettings(Boolean enabled) {

	DemoSettings {
		enabled = enabled == null || enabled;
	}

}
