package dev.plumbline.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.OrganizationFile;

/**
 * Audits one organization from the database: reads it as an organization file (the same model the
 * command line reads from disk), runs the one {@link AuditEngine} as of today, and keeps the run. Runs
 * of the same organization never overlap.
 */
@Component
public class RunAudit {

	private static final Logger log = LoggerFactory.getLogger(RunAudit.class);

	private final ExportOrganization export;

	private final AuditStore store;

	private final AuditQueries queries;

	private final Clock clock;

	private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

	RunAudit(ExportOrganization export, AuditStore store, AuditQueries queries, Clock clock) {
		this.export = export;
		this.store = store;
		this.queries = queries;
		this.clock = clock;
	}

	/** Runs the audit now and returns the kept run; {@code reason} says what triggered it. */
	public AuditQueries.Run run(UUID organizationId, String reason) {
		synchronized (this.locks.computeIfAbsent(organizationId, id -> new Object())) {
			long started = System.nanoTime();
			OrganizationFile file = this.export.export(organizationId);
			LocalDate asOf = LocalDate.now(this.clock);
			AuditReport report = AuditEngine.run(file, asOf);
			String json = AuditReportJson.write(report);
			String graph = GraphDrawing.of(file, report);
			long millis = (System.nanoTime() - started) / 1_000_000;
			this.store.save(organizationId, report, json, graph, reason, Instant.now(this.clock), millis);
			log.debug("Audited {} ({}): index {}, {} findings in {} ms", file.organization().slug(), reason,
					report.index().organization().value(), report.findings().size(), millis);
			return this.queries.latest(organizationId).orElseThrow();
		}
	}

}
