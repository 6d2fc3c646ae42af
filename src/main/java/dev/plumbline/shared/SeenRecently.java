package dev.plumbline.shared;

import java.util.Arrays;

/**
 * Which hashes were recorded recently, approximately: two generations of a Bloom filter (the current one
 * takes the records; when it has taken {@code perGeneration}, it becomes the previous one and the one before
 * is forgotten). A hash recorded within the last {@code perGeneration} records is always found; one recorded
 * up to twice as many records ago may be; one never recorded is found only by a false positive (about
 * 0.2 % per generation at the default sizes).
 * <p>
 * {@link RenderedFragments} keeps a fragment the second time it renders it and asks this whether it is the
 * second time. It replaced a table of one hash per slot (16,384 slots): at scale L the objectives list's
 * 40,000 rows overwrote each other's slot between two views of a team, so rows were rendered again on nearly
 * every view and never kept. Not thread-safe: the caller holds its lock.
 */
final class SeenRecently {

	private static final int HASHES = 4;

	private final long[][] generations = new long[2][];

	private final int mask;

	private final int perGeneration;

	private int recorded;

	/**
	 * @param bits bits per generation, a power of two (4 Mi at the default: 512 KiB each)
	 * @param perGeneration records a generation takes before it is the previous one
	 */
	SeenRecently(int bits, int perGeneration) {
		if (Integer.bitCount(bits) != 1 || bits < 64) {
			throw new IllegalArgumentException("bits: a power of two of at least 64, not " + bits);
		}
		this.generations[0] = new long[bits / 64];
		this.generations[1] = new long[bits / 64];
		this.mask = bits - 1;
		this.perGeneration = perGeneration;
	}

	/** Records {@code hash}; true if it was (probably) recorded before, in this generation or the previous one. */
	boolean record(int hash) {
		int first = mix(hash);
		int step = mix(first) | 1;
		boolean current = true;
		boolean previous = true;
		for (int i = 0; i < HASHES; i++) {
			int bit = (first + i * step) & this.mask;
			current &= isSet(this.generations[0], bit);
			previous &= isSet(this.generations[1], bit);
		}
		if (current) {
			return true;
		}
		for (int i = 0; i < HASHES; i++) {
			int bit = (first + i * step) & this.mask;
			this.generations[0][bit >>> 6] |= 1L << bit;
		}
		if (++this.recorded >= this.perGeneration) {
			long[] older = this.generations[1];
			Arrays.fill(older, 0L);
			this.generations[1] = this.generations[0];
			this.generations[0] = older;
			this.recorded = 0;
		}
		return previous;
	}

	private static boolean isSet(long[] words, int bit) {
		return (words[bit >>> 6] & (1L << bit)) != 0;
	}

	/** MurmurHash3's finalizer: {@code hashCode}s of records and strings differ mostly in their low bits. */
	private static int mix(int hash) {
		int h = hash;
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h;
	}

}
