package dev.plumbline.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An organization's committed check-ins waiting for the audit thread. Request threads add; the audit
 * thread drains everything waiting at once. {@link #add} says when a drain must be scheduled: only the
 * first check-in after a drain started asks for one, so a burst of check-ins costs one task.
 */
final class CheckInQueue {

	private final Queue<Entry> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	/** Since when ({@link System#nanoTime}) the queue waits for earlier check-ins; 0 when it does not. */
	private final AtomicLong waitingSince = new AtomicLong();

	/** When ({@link System#nanoTime}) the last step took this queue's check-ins; {@code null} before the first. */
	private volatile Long lastStep;

	/** Adds the check-in; true when the caller must schedule a {@link #drain} (none is waiting to start). */
	boolean add(AuditModels.CheckInAt checkIn, String reason) {
		this.waiting.add(new Entry(checkIn, reason));
		return this.scheduled.compareAndSet(false, true);
	}

	/**
	 * Puts a drained batch back to wait for the check-ins it lacks; true when the caller must schedule a
	 * drain (as for {@link #add}).
	 */
	boolean putBack(Batch batch) {
		this.waiting.addAll(batch.entries());
		return this.scheduled.compareAndSet(false, true);
	}

	/**
	 * How long the queue has waited for earlier check-ins, counting from the first call since {@link
	 * #stopWaiting} — not from when its check-ins arrived: those may have queued for seconds behind other
	 * work on the audit thread before anyone looked for what they lack.
	 */
	Duration waiting() {
		long now = System.nanoTime();
		this.waitingSince.compareAndSet(0, now);
		return Duration.ofNanos(now - this.waitingSince.get());
	}

	/** The audit thread starts a step that takes a drained batch into the model. */
	void stepStarted() {
		this.lastStep = System.nanoTime();
	}

	/**
	 * How long a drain asked for now waits, in nanoseconds, so that two steps start at least {@code interval}
	 * apart: nothing after a quiet spell, the rest of the interval while check-ins stream in.
	 */
	long nanosUntilNextStep(Duration interval) {
		Long last = this.lastStep;
		return last == null ? 0 : Math.max(0, last + interval.toNanos() - System.nanoTime());
	}

	void stopWaiting() {
		this.waitingSince.set(0);
	}

	/**
	 * Takes every waiting check-in. The flag is cleared first: a check-in added after that schedules a new
	 * drain, one added before it is taken here, so none is left behind.
	 */
	Batch drain() {
		this.scheduled.set(false);
		List<Entry> entries = new ArrayList<>();
		for (Entry entry = this.waiting.poll(); entry != null; entry = this.waiting.poll()) {
			entries.add(entry);
		}
		return new Batch(entries);
	}

	/** The check-ins taken, in the order they were added. */
	record Batch(List<Entry> entries) {

		List<AuditModels.CheckInAt> checkIns() {
			return this.entries.stream().map(Entry::checkIn).toList();
		}

		/** The reason of the last check-in added. */
		String reason() {
			return this.entries.isEmpty() ? null : this.entries.get(this.entries.size() - 1).reason();
		}

	}

	record Entry(AuditModels.CheckInAt checkIn, String reason) {
	}

}
