package dev.plumbline.bench.jmh;

import java.util.concurrent.TimeUnit;

import dev.plumbline.audit.AuditEngine;
import dev.plumbline.audit.AuditReport;
import dev.plumbline.interchange.OrganizationFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The audit engine on a graph already in memory (the file is read once in the setup): the full audit,
 * and the audit after one check-in. Target at L (issue 5): full ≤ 1 s; after one check-in ≤ 100 ms,
 * which needs an incremental audit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditBenchmark {

	/** The generated organization file (YAML or JSON). */
	@Param("")
	public String file;

	private OrganizationFile organization;

	private int round;

	@Setup(Level.Trial)
	public void read() {
		this.organization = Files.read(this.file);
	}

	@Benchmark
	public AuditReport fullAudit() {
		return AuditEngine.run(this.organization, null);
	}

	/** One check-in, then the whole audit again: the cost without an incremental engine (the baseline). */
	@Benchmark
	public AuditReport afterOneCheckInFullRerun() {
		return AuditEngine.run(OneCheckIn.add(this.organization, this.round++), null);
	}

	/**
	 * One check-in, then the incremental audit. The engine has no incremental API yet (branch audit-speed
	 * adds one): until it lands this runs the full audit like {@link #afterOneCheckInFullRerun()}, and the
	 * report says so. Switch the body to the incremental call when it is merged.
	 */
	@Benchmark
	public AuditReport incrementalAfterOneCheckIn() {
		return AuditEngine.run(OneCheckIn.add(this.organization, this.round++), null);
	}

}
