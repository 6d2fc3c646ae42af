package dev.plumbline.bench.jmh;

import java.util.concurrent.TimeUnit;

import dev.plumbline.interchange.FileFormat;
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
 * Reading an organization file into the model (parse, check every field and reference), from bytes
 * already in memory so that the disk is not measured. Run once per format: {@code -p file=…yaml,…json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

	@Param("")
	public String file;

	private byte[] content;

	private FileFormat format;

	@Setup(Level.Trial)
	public void load() {
		this.content = Files.bytes(this.file);
		this.format = Files.formatOf(this.file);
	}

	@Benchmark
	public OrganizationFile read() {
		return Files.read(this.content, this.format);
	}

}
