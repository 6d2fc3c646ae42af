package dev.plumbline.interchange;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for the rows an import writes: time-ordered UUIDs (version 7, RFC 9562), the 48-bit millisecond
 * clock followed by a 12-bit counter, so that every id of this process sorts after the previous one, and
 * 62 random bits, so that ids of other processes do not collide.
 */
final class ImportIds {

	private static final long VERSION_7 = 0x7000L;

	private static final long COUNTER = 0xFFFL;

	private static final long VARIANT = 0x8000_0000_0000_0000L;

	private static final long RANDOM = 0x3FFF_FFFF_FFFF_FFFFL;

	private static final AtomicLong last = new AtomicLong();

	private ImportIds() {
	}

	static UUID next() {
		return new UUID(nextHighBits(System.currentTimeMillis()),
				VARIANT | (ThreadLocalRandom.current().nextLong() & RANDOM));
	}

	/**
	 * The clock and counter half: the clock when it has moved on, else the previous value's counter plus
	 * one, carried into the clock when the counter is full (the ids stay ordered if the clock goes back).
	 */
	static long nextHighBits(long millis) {
		while (true) {
			long previous = last.get();
			long previousMillis = previous >>> 16;
			long next;
			if (millis > previousMillis) {
				next = (millis << 16) | VERSION_7;
			}
			else if ((previous & COUNTER) < COUNTER) {
				next = previous + 1;
			}
			else {
				next = ((previousMillis + 1) << 16) | VERSION_7;
			}
			if (last.compareAndSet(previous, next)) {
				return next;
			}
		}
	}

}
