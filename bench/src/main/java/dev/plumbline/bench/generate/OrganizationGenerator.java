package dev.plumbline.bench.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.plumbline.interchange.FileFormat;

/**
 * Generates one organization of a scale from a seed: the same (scale, seed) always gives the same bytes.
 * Sections are written in the canonical order, each entity straight to the stream.
 */
public final class OrganizationGenerator {

	/** What was written. */
	public record Generated(Path file, long rows, long bytes, long millis) {
	}

	private final Layout layout;

	public OrganizationGenerator(Scale scale, long seed) {
		this.layout = new Layout(scale, seed);
	}

	/** Writes the organization to {@code out} (left open) and returns the rows written. */
	public long write(OutputStream out, FileFormat format) {
		try (Sink sink = new Sink(out, format)) {
			sink.startObject()
				.whole("plumbline", 1)
				.object("organization")
				.text("name", "Bench " + this.layout.scale + " " + this.layout.seed)
				.text("slug", slug(this.layout.scale, this.layout.seed))
				.end()
				.date("asOf", Layout.AS_OF);
			PlanWriter plan = new PlanWriter(this.layout);
			plan.charter(sink);
			plan.teamsAndPeople(sink);
			plan.initiatives(sink);
			new ObjectiveWriter(this.layout).write(sink);
			new KpiWriter(this.layout).write(sink);
			PracticeWriter practice = new PracticeWriter(this.layout);
			practice.journeys(sink);
			practice.decisions(sink);
			practice.fits(sink);
			practice.surveys(sink);
			practice.concernsReviewsStories(sink);
			sink.end();
			return sink.rows();
		}
	}

	/**
	 * Writes to {@code target} through a temporary file renamed at the end, so that a cached file is
	 * always whole.
	 */
	public Generated write(Path target, FileFormat format) {
		long started = System.nanoTime();
		try {
			Path directory = target.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path partial = Files.createTempFile(directory, target.getFileName().toString(), ".part");
			long rows;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
				rows = write(out, format);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Generated(target, rows, Files.size(target), (System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The organization's slug: bench-s-42. */
	public static String slug(Scale scale, long seed) {
		return "bench-" + scale.name().toLowerCase(java.util.Locale.ROOT) + "-" + seed;
	}

}
