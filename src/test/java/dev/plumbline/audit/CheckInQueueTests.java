package dev.plumbline.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-ins added from many threads while one thread drains are each taken exactly once, and a burst
 * costs one scheduled drain, not one per check-in.
 */
class CheckInQueueTests {

	@Test
	void aBurstSchedulesOneDrainThatTakesItAllInOrder() {
		CheckInQueue queue = new CheckInQueue();
		assertThat(queue.add(at(1), "check-in.recorded")).isTrue();
		assertThat(queue.add(at(2), "check-in.recorded")).isFalse();
		assertThat(queue.add(at(3), "check-ins.imported")).isFalse();

		CheckInQueue.Batch batch = queue.drain();
		assertThat(batch.checkIns()).extracting(AuditModels.CheckInAt::revision).containsExactly(1L, 2L, 3L);
		assertThat(batch.reason()).isEqualTo("check-ins.imported");
		assertThat(queue.drain().checkIns()).isEmpty();
		// after a drain started, the next check-in asks for a drain of its own
		assertThat(queue.add(at(4), "check-in.recorded")).isTrue();
	}

	@Test
	void everyCheckInAddedConcurrentlyIsTakenExactlyOnce() throws Exception {
		CheckInQueue queue = new CheckInQueue();
		ExecutorService drainer = Executors.newSingleThreadExecutor();
		ExecutorService writers = Executors.newFixedThreadPool(4);
		ConcurrentLinkedQueue<Long> taken = new ConcurrentLinkedQueue<>();
		AtomicInteger drains = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		int perWriter = 5_000;
		CountDownLatch done = new CountDownLatch(4);
		for (int w = 0; w < 4; w++) {
			writers.execute(() -> {
				for (int i = 0; i < perWriter; i++) {
					if (queue.add(at(next.incrementAndGet()), "check-in.recorded")) {
						drainer.execute(() -> {
							drains.incrementAndGet();
							queue.drain().checkIns().forEach(checkIn -> taken.add(checkIn.revision()));
						});
					}
				}
				done.countDown();
			});
		}
		assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
		writers.shutdown();
		drainer.shutdown();
		assertThat(drainer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		List<Long> sorted = new ArrayList<>(taken);
		sorted.sort(null);
		assertThat(sorted).hasSize(4 * perWriter).doesNotHaveDuplicates();
		assertThat(sorted.get(sorted.size() - 1)).isEqualTo(4L * perWriter);
		assertThat(drains.get()).isLessThanOrEqualTo(4 * perWriter);
	}

	@Test
	void waitingIsCountedFromTheFirstLookNotFromWhenTheCheckInsArrived() throws Exception {
		CheckInQueue queue = new CheckInQueue();
		queue.add(at(3), "check-in.recorded");
		// the check-in queued behind other work for a while before the audit thread looked at it
		Thread.sleep(60);
		assertThat(queue.waiting()).isLessThan(Duration.ofMillis(30));
		Thread.sleep(60);
		assertThat(queue.waiting()).isGreaterThanOrEqualTo(Duration.ofMillis(60));
		queue.stopWaiting();
		assertThat(queue.waiting()).isLessThan(Duration.ofMillis(30));
	}

	private static AuditModels.CheckInAt at(long revision) {
		return new AuditModels.CheckInAt(UUID.randomUUID(), revision);
	}

	@Test
	void stepsStartAnIntervalApartAndTheFirstAfterAQuietSpellAtOnce() throws Exception {
		CheckInQueue queue = new CheckInQueue();
		Duration interval = Duration.ofMillis(200);
		assertThat(queue.nanosUntilNextStep(interval)).as("no step yet").isZero();
		queue.stepStarted();
		assertThat(queue.nanosUntilNextStep(interval)).isPositive().isLessThanOrEqualTo(interval.toNanos());
		Thread.sleep(250);
		assertThat(queue.nanosUntilNextStep(interval)).as("after a quiet spell").isZero();
	}

}
