package dev.plumbline.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast YAML reader against snakeyaml-engine (ADR 0011): for every file it takes, the same events, the
 * same Jackson tokens and the same result of reading (the organization, or the same problems); every file
 * snakeyaml-engine refuses, it leaves to snakeyaml-engine. Seeds are fixed so a failure repeats;
 * {@code -Dplumbline.fuzz.seed=N -Dplumbline.fuzz.runs=N} explores further.
 */
class BlockYamlDifferentialTests {

	static Stream<Path> yamlFiles() throws IOException {
		Stream<Path> fixtures = Stream.of("src/test/resources", "src/main/resources", "docs")
			.map(Path::of)
			.flatMap(BlockYamlDifferentialTests::walk)
			.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"));
		return fixtures.sorted();
	}

	private static Stream<Path> walk(Path root) {
		try {
			return Files.walk(root).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ParameterizedTest
	@MethodSource("yamlFiles")
	void readsEveryYamlFileOfTheProjectAsSnakeyamlDoes(Path file) throws IOException {
		YamlDifferential.assertSame(Files.readString(file));
	}

	@Test
	void readsTheFilesPlumblineWritesAsSnakeyamlDoes() {
		for (long seed = 1; seed <= 3; seed++) {
			OrganizationFile organization = ScaleOrganizations.generate("scale-" + seed, ScaleOrganizations.Scale.S,
					seed);
			String written = new String(OrganizationFiles.write(organization, FileFormat.YAML), StandardCharsets.UTF_8);
			// notes of several lines are written as literal blocks ("|-"), which the subset leaves out
			assertThat(YamlDifferential.assertSame(written)).isFalse();
			String singleLines = written.replaceAll("(?m): \\|-?\\n( +)([^\\n]*)\\n(\\1[^\\n]*\\n)*", ": text\n");
			assertThat(YamlDifferential.assertSame(singleLines)).as("seed %d without literal blocks", seed).isTrue();
		}
		String example = new String(OrganizationFiles.write(SampleFiles.large("large", 40, 5, 7), FileFormat.YAML),
				StandardCharsets.UTF_8);
		assertThat(YamlDifferential.assertSame(example)).isTrue();
	}

	@Test
	void takesTheExampleFile() throws IOException {
		assertThat(YamlDifferential.assertSame(Files.readString(OrganizationFileRoundTripTests.EXAMPLE_YAML))).isTrue();
	}

	@Test
	void randomDocumentsOfTheSubsetReadAsSnakeyamlDoes() {
		long seed = Long.getLong("plumbline.fuzz.seed", 20261124L);
		int runs = Integer.getInteger("plumbline.fuzz.runs", 3_000);
		SubsetYamlDocuments documents = new SubsetYamlDocuments(seed);
		int taken = 0;
		for (int i = 0; i < runs; i++) {
			if (YamlDifferential.assertSame(documents.document())) {
				taken++;
			}
		}
		// the generator writes mostly valid YAML of the subset: most must be taken, or the test compares little
		assertThat(taken).isGreaterThan(runs / 3);
	}

	@Test
	void mutatedDocumentsAreReadAsSnakeyamlDoesOrLeftToIt() {
		long seed = Long.getLong("plumbline.fuzz.seed", 20261125L);
		int runs = Integer.getInteger("plumbline.fuzz.runs", 3_000);
		SubsetYamlDocuments documents = new SubsetYamlDocuments(seed);
		int taken = 0;
		int left = 0;
		for (int i = 0; i < runs; i++) {
			if (YamlDifferential.assertSame(documents.mutate(documents.document()))) {
				taken++;
			}
			else {
				left++;
			}
		}
		assertThat(taken).isPositive();
		assertThat(left).isPositive();
	}

	@Test
	void leavesEveryFileSnakeyamlRefusesToSnakeyaml() {
		SubsetYamlDocuments documents = new SubsetYamlDocuments(7);
		int refused = 0;
		for (int i = 0; i < 3_000; i++) {
			String text = documents.mutate(documents.document());
			List<String> events = YamlDifferential.snakeyamlEvents(text);
			if (events.get(events.size() - 1).startsWith("ERROR")) {
				refused++;
				byte[] content = text.getBytes(StandardCharsets.UTF_8);
				assertThat(BlockYamlEvents.covers(content, content.length)).as("took\n%s", text).isFalse();
			}
		}
		assertThat(refused).isGreaterThan(100);
	}

}
