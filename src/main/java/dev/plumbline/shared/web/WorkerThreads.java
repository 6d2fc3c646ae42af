package dev.plumbline.shared.web;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tomcat's request threads: three per core, at least six, instead of Boot's 200, unless
 * {@code server.tomcat.threads.max} is set. Plumbline's requests spend most of their time on the CPU (its
 * queries take a millisecond or two), so more threads than that only take turns: at 50 users on two cores, 50
 * runnable threads switched among themselves and starved the JIT's compiler thread, which was still compiling
 * hot code after ten minutes. Twelve made the mixed scenario's p95 and the app's CPU per request about a fifth
 * lower (ADR 0012, session 11), six again 7–13 % more requests a second than twelve and a lower p95; four
 * gave no better p95 than six (session 12). The other requests wait their turn in Tomcat's queue, in order.
 */
@Component
class WorkerThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	static final String SETTING = "server.tomcat.threads.max";

	private final Environment environment;

	WorkerThreads(Environment environment) {
		this.environment = environment;
	}

	/** The request threads for a machine with this many cores. */
	static int forCores(int cores) {
		return Math.max(6, 3 * cores);
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		if (this.environment.containsProperty(SETTING)) {
			return;
		}
		int threads = forCores(Runtime.getRuntime().availableProcessors());
		factory.addConnectorCustomizers(connector -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMaxThreads(threads);
			}
		});
	}

	/** After Boot's own customizer, which sets its default of 200 the same way. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
