package dev.plumbline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Three request threads per core (at least six), applied to Tomcat's real connector; a setting wins. */
class WorkerThreadsTests {

	@Test
	void threePerCoreAndAtLeastSix() {
		assertThat(WorkerThreads.forCores(1)).isEqualTo(6);
		assertThat(WorkerThreads.forCores(2)).isEqualTo(6);
		assertThat(WorkerThreads.forCores(3)).isEqualTo(9);
		assertThat(WorkerThreads.forCores(16)).isEqualTo(48);
	}

	@Test
	void setsTheConnectorsThreadsForThisMachine() {
		assertThat(maxThreadsAfter(new StandardEnvironment()))
			.isEqualTo(WorkerThreads.forCores(Runtime.getRuntime().availableProcessors()));
	}

	@Test
	void leavesAnExplicitSettingAlone() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(WorkerThreads.SETTING, "300")));
		assertThat(maxThreadsAfter(environment)).as("untouched: Boot's own customizer applies the setting")
			.isEqualTo(maxThreads(new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL)))
			.isNotEqualTo(WorkerThreads.forCores(Runtime.getRuntime().availableProcessors()));
	}

	private static int maxThreadsAfter(StandardEnvironment environment) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new WorkerThreads(environment).customize(factory);
		Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
		factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
		return maxThreads(connector);
	}

	private static int maxThreads(Connector connector) {
		return ((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads();
	}

}
