package dev.plumbline.interchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Refreshes the database's statistics once a large import has committed. Until autovacuum gets to them
 * (a minute or more later), PostgreSQL plans the first page views after an import with the tables'
 * statistics from before it: at scale L the dashboard, the objectives of a team and the objective page
 * answered 2 to 7 times slower than after {@code ANALYZE}. It runs before the audit rerun the import asks
 * for (that one waits for its debounce). H2 knows the statement too.
 */
@Component
class PlannerStatistics {

	private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

	private final JdbcClient jdbc;

	private final long atLeastRows;

	PlannerStatistics(JdbcClient jdbc, @Value("${plumbline.interchange.analyze-after-rows:10000}") long atLeastRows) {
		this.jdbc = jdbc;
		this.atLeastRows = atLeastRows;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void refreshAfter(OrganizationImported imported) {
		if (imported.rows() < this.atLeastRows) {
			return;
		}
		long started = System.nanoTime();
		try {
			this.jdbc.sql("ANALYZE").update();
			log.info("Statistics refreshed after importing {} rows in {} ms", imported.rows(),
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// the import has committed; stale statistics only cost speed until autovacuum refreshes them
			log.warn("Could not refresh statistics after an import: {}", ex.getMessage());
		}
	}

}
