package dev.plumbline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;

/**
 * The demo organization's file ({@code demo/northwind.yaml}), with its dates moved so that its
 * {@code asOf} is {@code today}.
 */
public final class DemoFile {

	/** Where the file lives on the class path (and in the source tree under src/main/resources). */
	public static final String RESOURCE = "demo/northwind.yaml";

	private DemoFile() {
	}

	public static OrganizationFile load(LocalDate today) {
		OrganizationFile file = OrganizationFiles.read(bytes(), FileFormat.YAML);
		return DemoDates.shift(file, ChronoUnit.DAYS.between(file.asOf(), today));
	}

	public static byte[] bytes() {
		try (InputStream in = DemoFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
