package dev.plumbline.interchange.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import dev.plumbline.interchange.FileFormat;
import dev.plumbline.shared.InvalidInputException;

/**
 * Reads an uploaded organization file no larger than the limit, and tells its format from its media
 * type or its name.
 */
final class FileUploads {

	private FileUploads() {
	}

	/** A body over the size limit (answers 413). */
	static class TooLargeException extends dev.plumbline.shared.TooLargeException {

		TooLargeException(long limit) {
			super("The organization file", limit, "plumbline.interchange.max-file-size");
		}

	}

	static byte[] read(InputStream in, long declaredLength, long limit) throws IOException {
		if (declaredLength > limit) {
			throw new TooLargeException(limit);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(
				declaredLength > 0 ? (int) Math.min(declaredLength, Integer.MAX_VALUE - 8) : 8192);
		byte[] buffer = new byte[65536];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > limit) {
				throw new TooLargeException(limit);
			}
			out.write(buffer, 0, n);
		}
		if (total == 0) {
			throw new InvalidInputException("file", "is empty: send an organization file in YAML or JSON");
		}
		return out.toByteArray();
	}

	/** JSON for {@code application/json} or a name ending in .json; YAML otherwise. */
	static FileFormat formatOf(String mediaTypeOrName) {
		String value = mediaTypeOrName == null ? "" : mediaTypeOrName.toLowerCase(Locale.ROOT);
		return (value.contains("json")) ? FileFormat.JSON : FileFormat.YAML;
	}

}
