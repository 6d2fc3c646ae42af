package dev.plumbline.audit;

import java.time.Duration;
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

import dev.plumbline.shared.NodeLocks;
import dev.plumbline.shared.TrailEvent;

/**
 * Reruns an organization's audit when its graph changes, not on page views: every write publishes a
 * {@link TrailEvent}; once it is committed, a rerun is scheduled after the debounce, and changes that
 * arrive meanwhile join that one rerun. Reruns happen on one background thread, and on one node at a
 * time per organization ({@link NodeLocks}).
 */
@Component
public class AuditReruns implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AuditReruns.class);

	private final RunAudit runAudit;

	private final AuditSettings settings;

	private final NodeLocks locks;

	private final Set<UUID> pending = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "plumbline-audit");
		thread.setDaemon(true);
		return thread;
	});

	AuditReruns(RunAudit runAudit, AuditSettings settings, NodeLocks locks) {
		this.runAudit = runAudit;
		this.settings = settings;
		this.locks = locks;
	}

	// A plain listener that defers to the commit itself (rather than @TransactionalEventListener): the
	// event publication registry then has nothing to store for it, and a rolled-back write reruns nothing.
	@EventListener
	void on(TrailEvent event) {
		if (event.action() != null && event.action().startsWith("charter.acknowledged")) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					request(event.organizationId(), event.action());
				}
			});
		}
		else {
			request(event.organizationId(), event.action());
		}
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

	/** Whether a rerun of this organization is waiting or running soon. */
	public boolean isPending(UUID organizationId) {
		return this.pending.contains(organizationId);
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
