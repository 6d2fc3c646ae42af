package dev.plumbline.shared;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start when PostgreSQL runs without autovacuum. Tables that grow while Plumbline runs (sessions,
 * audit runs) are then never analyzed again: the plans each connection keeps were made from the statistics
 * of an almost empty table and become scans that grow with it — at scale L under load, Spring Session's lookup
 * went from 4 to 70 and the latest run's from 4 to 440 buffers a call within minutes. PostgreSQL's default is
 * on; a server configured for throwaway test databases may turn it off. H2 has no autovacuum to check.
 */
@Component
class AutovacuumCheck {

	private static final Logger log = LoggerFactory.getLogger(AutovacuumCheck.class);

	private final JdbcClient jdbc;

	AutovacuumCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnIfOff() {
		warning().ifPresent(log::warn);
	}

	/** The warning to give, if the database is PostgreSQL with autovacuum off; nothing when it cannot tell. */
	Optional<String> warning() {
		try {
			String setting = this.jdbc.sql("SELECT setting FROM pg_settings WHERE name = 'autovacuum'")
				.query(String.class)
				.optional()
				.orElse(null);
			return warningFor(setting);
		}
		catch (RuntimeException ex) {
			return Optional.empty(); // H2 has no pg_settings
		}
	}

	static Optional<String> warningFor(String autovacuum) {
		if (!"off".equalsIgnoreCase(autovacuum)) {
			return Optional.empty();
		}
		return Optional.of("PostgreSQL runs with autovacuum off: tables that grow while Plumbline runs (sessions,"
				+ " audit runs) are never analyzed again, and their queries slow down as they grow. Turn it on"
				+ " (autovacuum = on, PostgreSQL's default) or run ANALYZE regularly.");
	}

}
