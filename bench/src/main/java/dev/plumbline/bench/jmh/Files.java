package dev.plumbline.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;

/** Reading a generated file for a benchmark's setup, with the format taken from its extension. */
final class Files {

	private Files() {
	}

	static FileFormat formatOf(String path) {
		return path.toLowerCase(Locale.ROOT).endsWith(".json") ? FileFormat.JSON : FileFormat.YAML;
	}

	static byte[] bytes(String path) {
		if (path == null || path.isBlank()) {
			throw new IllegalArgumentException("file: give the generated organization file with -p file=PATH");
		}
		try {
			return java.nio.file.Files.readAllBytes(Path.of(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("file: cannot read " + path, ex);
		}
	}

	static OrganizationFile read(String path) {
		return read(bytes(path), formatOf(path));
	}

	/**
	 * Reads without the application's 512 MB cap, which the XL YAML exceeds: the benchmarks measure the
	 * reader, not the upload limit.
	 */
	static OrganizationFile read(byte[] content, FileFormat format) {
		return OrganizationFiles.read(content, format, Math.max(content.length, OrganizationFiles.DEFAULT_MAX_BYTES));
	}

}
