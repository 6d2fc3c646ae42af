package dev.plumbline.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Text kept gzip-compressed: the latest report is tens of megabytes of JSON at scale L (52 MB for the
 * generated L organization) and about a fourteenth of that compressed. Stored compressed it is one row of
 * a few megabytes instead of a value H2 must hold in one page (which took H2 past a 2 GB heap) and
 * PostgreSQL compresses again on every write; served compressed to clients that accept gzip.
 */
public final class GzipText {

	private GzipText() {
	}

	/** The gzip bytes of what {@code writer} writes (fast compression: it runs on every stored run). */
	public static byte[] gzip(Writer writer) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
		try (GZIPOutputStream gzip = new FastGzip(bytes)) {
			writer.writeTo(gzip);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static byte[] gzip(String text) {
		return gzip(out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	public static String gunzip(byte[] gzip) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes text (as UTF-8) to the stream it is given. */
	@FunctionalInterface
	public interface Writer {

		void writeTo(OutputStream out) throws IOException;

	}

	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(OutputStream out) throws IOException {
			super(out, 1 << 16);
			this.def.setLevel(Deflater.BEST_SPEED);
		}

	}

}
