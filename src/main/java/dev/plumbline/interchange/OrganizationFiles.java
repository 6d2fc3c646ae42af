package dev.plumbline.interchange;

/**
 * Reads and writes organization files. Plain Java, no Spring: the command line uses it without
 * starting the application.
 */
public final class OrganizationFiles {

	private OrganizationFiles() {
	}

	/**
	 * Reads a whole file, or throws {@link InvalidFileException} listing every problem (path, value,
	 * reason) — never anything else.
	 */
	public static OrganizationFile read(byte[] content, FileFormat format) {
		throw new UnsupportedOperationException("reader: being built on branch interchange-reader");
	}

	/** Writes the canonical form: the same model always gives the same bytes. */
	public static byte[] write(OrganizationFile file, FileFormat format) {
		throw new UnsupportedOperationException("writer: being built on branch interchange-reader");
	}

}
