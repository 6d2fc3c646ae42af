package dev.plumbline.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.OrganizationFile;

/**
 * Audits one organization from the database and keeps the run. In full: rebuilds the organization's
 * in-memory model (read as an organization file, the same model the command line reads from disk), runs
 * the one {@link AuditEngine} as of today and stores everything. After a check-in: moves the model forward
 * incrementally and stores the run's index and group scores at once (what the dashboard's gauge reads),
 * leaving the findings, deductions, report and drawing to {@link #saveDetails}, a moment later. Runs of
 * the same organization never overlap.
 */
@Component
public class RunAudit {

	private static final Logger log = LoggerFactory.getLogger(RunAudit.class);

	private final AuditModels models;

	private final AuditStore store;

	private final AuditQueries queries;

	private final Clock clock;

	private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

	/** Runs stored without their details yet, by organization: only the latest matters. */
	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	RunAudit(AuditModels models, AuditStore store, AuditQueries queries, Clock clock) {
		this.models = models;
		this.store = store;
		this.queries = queries;
		this.clock = clock;
	}

	/** Runs the audit in full now and returns the kept run; {@code reason} says what triggered it. */
	public AuditQueries.Run run(UUID organizationId, String reason) {
		synchronized (lock(organizationId)) {
			long started = System.nanoTime();
			// the run supersedes a waiting incremental one; the old model goes before the new one is built
			this.pending.remove(organizationId);
			this.models.forget(organizationId);
			AuditModels.Model model = this.models.rebuild(organizationId);
			AuditReport report = model.audit().report();
			OrganizationFile file = model.audit().file();
			long audited = millisSince(started);
			UUID runId = this.store.saveRun(organizationId, report, model.revision(), reason, Instant.now(this.clock),
					audited);
			this.store.saveDetails(organizationId, runId, report, AuditReportJson.gzip(report), GraphDrawing.of(file, report));
			this.queries.rememberTallies(organizationId, runId, report.findings());
			long total = millisSince(started);
			// large organizations' full runs are worth a line in the log (the benchmark reads it)
			if (total >= 1000) {
				log.info("Audited {} ({}): index {}, {} findings in {} ms (model read from the database and audited {} ms, "
						+ "run stored {} ms)", organizationId, reason, report.index().organization().value(),
						report.findings().size(), total, audited, total - audited);
			}
			else {
				log.debug("Audited {} ({}): index {}, {} findings in {} ms", organizationId, reason,
						report.index().organization().value(), report.findings().size(), total);
			}
			return this.queries.latest(organizationId).orElseThrow();
		}
	}

	/**
	 * After check-ins that took the organization through consecutive revisions (one, or those that arrived
	 * while the audit thread was busy): the incremental path, one step and one stored run for all of them.
	 * {@link Outcome#WAIT} when earlier check-ins have not reached the audit thread yet, {@link
	 * Outcome#RERUN} when the model cannot take them (the caller reruns in full).
	 */
	Outcome afterCheckIns(UUID organizationId, List<AuditModels.CheckInAt> checkIns, String reason) {
		synchronized (lock(organizationId)) {
			long started = System.nanoTime();
			List<AuditModels.CheckInAt> fresh = this.models.notReflected(organizationId, checkIns);
			if (fresh.isEmpty()) {
				return Outcome.TAKEN;
			}
			if (this.models.lacksEarlier(organizationId, fresh)) {
				return Outcome.WAIT;
			}
			Optional<AuditModels.Model> model = this.models.afterCheckIns(organizationId, fresh);
			if (model.isEmpty()) {
				return Outcome.RERUN;
			}
			AuditReport report = model.get().audit().report();
			UUID runId = this.store.saveRun(organizationId, report, model.get().revision(), reason,
					Instant.now(this.clock), millisSince(started));
			this.pending.put(organizationId, new Pending(runId, report, model.get().audit().file()));
			log.debug("Audited {} incrementally after {} check-in(s) ({}): index {} in {} ms", organizationId,
					checkIns.size(), reason, report.index().organization().value(), millisSince(started));
			return Outcome.TAKEN;
		}
	}

	/** Stores the findings, deductions, report and drawing of the latest incremental run, if any waits. */
	void saveDetails(UUID organizationId) {
		synchronized (lock(organizationId)) {
			Pending latest = this.pending.remove(organizationId);
			if (latest != null) {
				this.store.saveDetails(organizationId, latest.runId(), latest.report(), AuditReportJson.gzip(latest.report()),
						GraphDrawing.of(latest.file(), latest.report()));
				this.queries.rememberTallies(organizationId, latest.runId(), latest.report().findings());
			}
		}
	}

	private Object lock(UUID organizationId) {
		return this.locks.computeIfAbsent(organizationId, id -> new Object());
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** What became of check-ins handed to {@link #afterCheckIns}. */
	enum Outcome {
		/** Taken incrementally (the run is stored, its details wait), or reflected already by a full run. */
		TAKEN,
		/** Not taken yet: check-ins of earlier revisions are still on their way. */
		WAIT,
		/** Not taken: the model cannot take them, only a full rerun can. */
		RERUN
	}

	private record Pending(UUID runId, AuditReport report, OrganizationFile file) {
	}

}
