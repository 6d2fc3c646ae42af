package dev.plumbline.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.OrganizationFile;

/**
 * Measures the heap an organization holds once read: used heap after full collections with the model and
 * its alignment graph reachable, minus the used heap before reading. Prints {@code modelBytes=…
 * modelAndGraphBytes=…}. Target at L (issue 5): ≤ 1 GiB. Run in a JVM of its own (bench/run does).
 */
public final class GraphHeap {

	private GraphHeap() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: GraphHeap FILE");
			System.exit(2);
		}
		long before = settledUsed();
		OrganizationFile organization = Files.read(args[0]);
		long model = settledUsed() - before;
		AlignmentGraph graph = AlignmentGraph.of(organization);
		long withGraph = settledUsed() - before;
		System.out.printf(Locale.ROOT, "modelBytes=%d modelAndGraphBytes=%d objectives=%d%n", model, withGraph,
				graph.file().objectives().size());
	}

	private static long settledUsed() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 4; i++) {
			System.gc();
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

}
