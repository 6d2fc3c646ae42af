package dev.plumbline.bench.generate;

import java.util.SplittableRandom;

/**
 * Random numbers derived from (seed, section, index), so that any entity can be regenerated on its own —
 * the objective writer and the initiative writer agree on an objective's status without holding the
 * objectives in memory.
 */
final class Rng {

	private final SplittableRandom random;

	private Rng(long seed) {
		this.random = new SplittableRandom(seed);
	}

	static Rng of(long seed, int section, long index) {
		long mixed = seed * 0x9E3779B97F4A7C15L + section * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
		return new Rng(mixed);
	}

	/** A whole number in [from, to). */
	int between(int from, int to) {
		return from >= to ? from : this.random.nextInt(from, to);
	}

	int below(int bound) {
		return bound <= 0 ? 0 : this.random.nextInt(bound);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	double gaussian() {
		double u = 1 - this.random.nextDouble();
		double v = this.random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** Picks an index by relative weights. */
	int weighted(int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = below(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
