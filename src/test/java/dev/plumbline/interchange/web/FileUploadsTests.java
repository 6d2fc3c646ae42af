package dev.plumbline.interchange.web;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.FileFormat;
import dev.plumbline.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileUploadsTests {

	@Test
	void readsABodyUpToTheLimit() throws Exception {
		assertThat(FileUploads.read(new ByteArrayInputStream(new byte[10]), -1, 10)).hasSize(10);
	}

	@Test
	void refusesABodyOneByteOverTheLimitEvenWithoutALength() {
		assertThatThrownBy(() -> FileUploads.read(new ByteArrayInputStream(new byte[11]), -1, 10))
			.isInstanceOf(FileUploads.TooLargeException.class);
	}

	@Test
	void refusesADeclaredLengthOverTheLimitBeforeReading() {
		assertThatThrownBy(() -> FileUploads.read(new ByteArrayInputStream(new byte[0]), 11, 10))
			.isInstanceOf(FileUploads.TooLargeException.class)
			.hasMessageContaining("plumbline.interchange.max-file-size");
	}

	@Test
	void refusesAnEmptyBodyNamingTheFile() {
		assertThatThrownBy(() -> FileUploads.read(new ByteArrayInputStream(new byte[0]), 0, 10))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems().get(0).field()).isEqualTo("file"));
	}

	@Test
	void tellsJsonFromYaml() {
		assertThat(FileUploads.formatOf("application/json")).isEqualTo(FileFormat.JSON);
		assertThat(FileUploads.formatOf("org.JSON")).isEqualTo(FileFormat.JSON);
		assertThat(FileUploads.formatOf("application/yaml")).isEqualTo(FileFormat.YAML);
		assertThat(FileUploads.formatOf("org.yml")).isEqualTo(FileFormat.YAML);
	}

}
