package dev.plumbline.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module may use.
 */
@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	/** One clock for "now", so that tests can pin time where it matters. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
