package dev.plumbline.interchange;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.interchange.InvalidFileException.FileProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads and writes organization files. Plain Java, no Spring: the command line uses it without
 * starting the application.
 */
public final class OrganizationFiles {

	/** The largest file read unless told otherwise: 512 MB. */
	public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

	private static final Structures.Obj<OrganizationFile> FILE = Structures.object(FileShape.FILE);

	private OrganizationFiles() {
	}

	/**
	 * Reads a whole file, or throws {@link InvalidFileException} listing every problem (path, value,
	 * reason) — never anything else.
	 */
	public static OrganizationFile read(byte[] content, FileFormat format) {
		return read(content, format, DEFAULT_MAX_BYTES);
	}

	/** As {@link #read(byte[], FileFormat)}, refusing files larger than {@code maxBytes}. */
	public static OrganizationFile read(byte[] content, FileFormat format, long maxBytes) {
		return read(content, format, maxBytes, true);
	}

	/** As {@link #read(byte[], FileFormat, long)}; {@code blockYaml} false never takes the fast YAML path. */
	static OrganizationFile read(byte[] content, FileFormat format, long maxBytes, boolean blockYaml) {
		if (content == null || format == null) {
			throw new InvalidFileException(List.of(new FileProblem("$", null, "no file was given")));
		}
		if (content.length > maxBytes) {
			throw new InvalidFileException(List.of(new FileProblem("$", null, "the file is " + size(content.length)
					+ "; files of up to " + size(maxBytes) + " are read")));
		}
		Problems problems = new Problems();
		try (JsonParser parser = Factories.parser(content, format, maxBytes, blockYaml)) {
			Cursor cursor = new Cursor(parser, problems);
			try {
				return read(cursor, problems);
			}
			catch (JacksonException ex) {
				throw cursor.stop(ex);
			}
		}
		catch (Problems.Stop stop) {
			throw new InvalidFileException(problems.list());
		}
		catch (InvalidFileException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			List<FileProblem> found = new ArrayList<>(problems.list());
			found.add(new FileProblem("$", null, "could not be read (" + ex.getClass().getSimpleName() + ")"));
			throw new InvalidFileException(found);
		}
	}

	private static OrganizationFile read(Cursor cursor, Problems problems) {
		if (cursor.next() == null) {
			problems.add("$", null, "the file is empty; it starts with 'plumbline: 1'");
			problems.throwIfAny();
		}
		OrganizationFile file = (OrganizationFile) FILE.read(cursor);
		if (cursor.token() == JsonToken.END_OBJECT && cursor.next() != null) {
			problems.add("$", null, "holds more than one document; an organization file is a single mapping");
		}
		new Integrity(file, problems).check(cursor.references());
		problems.throwIfAny();
		return file;
	}


	/** Writes the canonical form: the same model always gives the same bytes. */
	public static byte[] write(OrganizationFile file, FileFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		write(file, format, out);
		return out.toByteArray();
	}

	/** Streams the canonical form to {@code out} (left open); it ends with a line break. */
	public static void write(OrganizationFile file, FileFormat format, OutputStream out) {
		try (var generator = Factories.generator(out, format)) {
			FILE.write(generator, file);
			if (format == FileFormat.JSON) {
				generator.writeRaw('\n');
			}
		}
	}

	private static String size(long bytes) {
		return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
	}

}
