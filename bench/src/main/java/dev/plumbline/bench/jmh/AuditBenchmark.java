package dev.plumbline.bench.jmh;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.plumbline.audit.AuditEngine;
import dev.plumbline.audit.AuditReport;
import dev.plumbline.audit.PreparedAudit;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Objective;
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

	private PreparedAudit prepared;

	private List<Objective> withKeyResults;

	@Setup(Level.Trial)
	public void read() {
		this.organization = Files.read(this.file);
		this.prepared = AuditEngine.prepare(this.organization, null);
		this.withKeyResults = this.organization.objectives().stream().filter(o -> !o.keyResults().isEmpty()).toList();
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
	 * One check-in, then the incremental audit (ADR 0006): the prepared audit moves forward in place and
	 * judges again only what depends on that key result's objective. The prepared state keeps every
	 * check-in added, as the application's model does.
	 */
	@Benchmark
	public AuditReport incrementalAfterOneCheckIn() {
		Objective objective = this.withKeyResults.get(Math.floorMod(this.round * 7919, this.withKeyResults.size()));
		CheckIn checkIn = new CheckIn(this.organization.asOf(), BigDecimal.valueOf(this.round++ % 100),
				new BigDecimal("0.8"), null);
		return this.prepared.afterCheckIn(objective.key(), objective.keyResults().get(0).key(), checkIn);
	}

}
