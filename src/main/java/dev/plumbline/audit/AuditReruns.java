package dev.plumbline.audit;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.plumbline.objective.CheckInRecorded;
import dev.plumbline.shared.NodeLocks;
import dev.plumbline.shared.TrailEvent;

/**
 * Reruns an organization's audit when its graph changes, not on page views: every write publishes a
 * {@link TrailEvent}, which bumps the organization's revision in the same transaction; once it is
 * committed, a single check-in is audited incrementally at once, and anything else schedules a full rerun
 * after the debounce (changes that arrive meanwhile join that one rerun). All of it happens on one
 * background thread (ADR 0006), and a full rerun on one node at a time per organization
 * ({@link NodeLocks}).
 */
@Component
public class AuditReruns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditReruns.class);

	/**
	 * How long check-ins wait for an earlier revision before the organization is rerun in full: long enough
	 * for a check-in committed a moment before to arrive, short for a change that never will (a change on
	 * another node, a lost event).
	 */
	static final Duration LATE_CHECK_IN = Duration.ofSeconds(1);

	private final RunAudit runAudit;

	private final AuditRevisions revisions;

	private final AuditSettings settings;

	private final NodeLocks locks;

	private final Set<UUID> pending = ConcurrentHashMap.newKeySet();

	private final Set<UUID> detailsPending = ConcurrentHashMap.newKeySet();

	/** Check-ins committed and not yet taken by the audit thread, by organization. */
	private final Map<UUID, CheckInQueue> checkIns = new ConcurrentHashMap<>();

	/** How long the last storing of an organization's details took, in milliseconds. */
	private final Map<UUID, Long> detailsMillis = new ConcurrentHashMap<>();

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "plumbline-audit");
		thread.setDaemon(true);
		return thread;
	});

	AuditReruns(RunAudit runAudit, AuditRevisions revisions, AuditSettings settings, NodeLocks locks) {
		this.runAudit = runAudit;
		this.revisions = revisions;
		this.settings = settings;
		this.locks = locks;
	}

	// A plain listener that bumps the organization's revision inside the change's transaction, and defers the
	// rest to the commit itself (rather than @TransactionalEventListener): the event publication registry
	// then has nothing to store for it, and a rolled-back write reruns nothing.
	@EventListener
	void on(TrailEvent event) {
		if (event.organizationId() == null
				|| (event.action() != null && event.action().startsWith("charter.acknowledged"))) {
			return;
		}
		long revision = this.revisions.bump(event.organizationId());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					changed(event, revision);
				}
			});
		}
		else {
			changed(event, revision);
		}
	}

	/**
	 * A check-in goes to the audit thread at once and is taken incrementally (its index stored within
	 * milliseconds, its findings after the debounce); anything else, or check-ins the model cannot take, asks
	 * for a full rerun after the debounce. Check-ins that arrive while the thread is busy wait in the
	 * organization's queue and are taken together in one step that stores one run: at scale L a step is
	 * tens of milliseconds of CPU and a run about a thousand rows (its pillar and team scores), so one per
	 * check-in under load was most of the audit thread's work and of the database's writing. Steps of one
	 * organization start at least {@code plumbline.audit.check-in-interval} apart: back to back, under fifty
	 * users' check-ins at L, they were 2.5 stored runs a second (800 score rows each) and the audit thread's
	 * allocation was a good part of the collector's work; a check-in after a quiet spell still goes at once.
	 */
	private void changed(TrailEvent event, long revision) {
		if (event instanceof CheckInRecorded checkIn && checkIn.keyResultId() != null) {
			CheckInQueue queue = this.checkIns.computeIfAbsent(checkIn.organizationId(), id -> new CheckInQueue());
			if (queue.add(new AuditModels.CheckInAt(checkIn.keyResultId(), revision), checkIn.action())) {
				this.executor.schedule(() -> takeCheckIns(checkIn.organizationId(), queue),
						queue.nanosUntilNextStep(this.settings.checkInInterval()), TimeUnit.NANOSECONDS);
			}
			return;
		}
		request(event.organizationId(), event.action());
	}

	private void takeCheckIns(UUID organizationId, CheckInQueue queue) {
		CheckInQueue.Batch batch = queue.drain();
		if (batch.entries().isEmpty()) {
			return;
		}
		queue.stepStarted();
		try {
			RunAudit.Outcome outcome = this.runAudit.afterCheckIns(organizationId, batch.checkIns(), batch.reason());
			if (outcome == RunAudit.Outcome.WAIT && queue.waiting().compareTo(LATE_CHECK_IN) < 0) {
				if (queue.putBack(batch)) {
					this.executor.schedule(() -> takeCheckIns(organizationId, queue), 20, TimeUnit.MILLISECONDS);
				}
				return;
			}
			queue.stopWaiting();
			if (outcome == RunAudit.Outcome.TAKEN) {
				requestDetails(organizationId);
				return;
			}
		}
		catch (RuntimeException ex) {
			queue.stopWaiting();
			log.warn("Incremental audit of organization {} failed; rerunning in full", organizationId, ex);
		}
		request(organizationId, batch.reason());
	}

	/**
	 * Stores the latest run's findings after the debounce, or later for an organization whose findings take
	 * long to store: at least nine times as long as the last storing took, so that under a steady stream of
	 * check-ins the audit thread spends at most a tenth of its time rewriting findings (at scale L, 47,000
	 * of them in about 5 s: the finding list then follows the index within a minute).
	 */
	private void requestDetails(UUID organizationId) {
		if (!this.detailsPending.add(organizationId)) {
			return;
		}
		long delay = Math.max(this.settings.debounce().toMillis(), 9 * this.detailsMillis.getOrDefault(organizationId, 0L));
		this.executor.schedule(() -> {
			this.detailsPending.remove(organizationId);
			long started = System.nanoTime();
			try {
				this.runAudit.saveDetails(organizationId);
			}
			catch (RuntimeException ex) {
				log.warn("Storing the audit findings of organization {} failed", organizationId, ex);
			}
			this.detailsMillis.put(organizationId, (System.nanoTime() - started) / 1_000_000);
		}, delay, TimeUnit.MILLISECONDS);
	}

	/** Asks for a rerun soon; returns false when one is already waiting. */
	public boolean request(UUID organizationId, String reason) {
		if (organizationId == null || !this.pending.add(organizationId)) {
			return false;
		}
		this.executor.schedule(() -> {
			this.pending.remove(organizationId);
			try {
				// One node at a time audits an organization; a node that finds the lock taken asks again
				// after the debounce, so a change committed during the other node's run is not missed.
				if (!this.locks.runAlone("audit-" + organizationId, Duration.ofMinutes(10),
						() -> this.runAudit.run(organizationId, reason == null ? "change" : reason))) {
					request(organizationId, reason);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Audit of organization {} failed", organizationId, ex);
			}
		}, this.settings.debounce().toMillis(), TimeUnit.MILLISECONDS);
		return true;
	}

	/**
	 * Waits until every rerun and check-in step requested before this call has run: a task scheduled after
	 * them on the one audit thread, with the longest of their delays, runs only once they are done. For tests
	 * that must not race a pending rerun.
	 */
	public void awaitRequested() throws Exception {
		long delay = Math.max(this.settings.debounce().toMillis(), this.settings.checkInInterval().toMillis());
		this.executor.schedule(() -> Boolean.TRUE, delay, TimeUnit.MILLISECONDS).get(60, TimeUnit.SECONDS);
	}

	/** Runs {@code task} on the audit thread, after what is queued there: for tests that hold the thread. */
	void onAuditThread(Runnable task) {
		this.executor.execute(task);
	}

	/** Whether a rerun of this organization is waiting or running soon. */
	public boolean isPending(UUID organizationId) {
		return this.pending.contains(organizationId);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
