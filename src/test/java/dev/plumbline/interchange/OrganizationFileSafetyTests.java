package dev.plumbline.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static dev.plumbline.interchange.OrganizationFilesTests.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile or broken files cost bounded memory and time and end in {@link InvalidFileException}, never
 * in anything else.
 */
class OrganizationFileSafetyTests {

	@Test
	void refusesAYamlAliasBombFast() {
		StringBuilder bomb = new StringBuilder("plumbline: 1\norganization: {name: x}\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
		for (int i = 1; i < 10; i++) {
			bomb.append("lol").append(i).append(": &l").append(i).append(" [");
			for (int j = 0; j < 9; j++) {
				bomb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
			}
			bomb.append("]\n");
		}
		bomb.append("teams: [*l9, *l9]\n");
		List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(bomb.toString()));
		assertThat(found).contains("lol9: unknown key 'lol9'",
				"teams[0]: YAML aliases are not allowed; write the value out (was '*l9')",
				"teams[1]: YAML aliases are not allowed; write the value out (was '*l9')");
		assertThat(found).hasSize(12);
	}

	@Test
	void refusesAliasesEvenWhereAValueIsExpected() {
		assertThat(problems("plumbline: 1\norganization: &org {name: x}\nasOf: *org\n"))
			.containsExactly("asOf: YAML aliases are not allowed; write the value out (was '*org')");
	}

	@Test
	void yamlTagsGiveNoSpecialValues() {
		assertThat(problems("""
				plumbline: 1
				organization: {name: !!binary aGVsbG8=}
				asOf: !!timestamp 2026-01-01T10:00:00Z
				teams: !!set {a: null}
				""")).allSatisfy(problem -> assertThat(problem).doesNotContain("could not be read"))
			.contains("asOf: must be a date written YYYY-MM-DD (was '2026-01-01T10:00:00Z')",
					"teams: must be a list, not a mapping");
	}

	@Test
	void refusesDeepNestingFast() {
		String json = "{\"plumbline\": 1, \"organization\": {\"name\": \"x\"}, \"x\": " + "[".repeat(100_000)
				+ "]".repeat(100_000) + "}";
		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(json, FileFormat.JSON)))
			.containsExactly("x: unknown key 'x'", "$: the file is nested deeper than 64 levels (line 1, column 118)");
		String yaml = "plumbline: 1\norganization: {name: x}\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(yaml)))
			.contains("$: the file is nested deeper than 64 levels (line 3, column 68)");
	}

	@Test
	void refusesFilesOverTheSizeLimit() {
		byte[] content = "plumbline: 1\norganization: {name: x}\n".getBytes(StandardCharsets.UTF_8);
		InvalidFileException invalid = catchThrowableOfType(InvalidFileException.class,
				() -> OrganizationFiles.read(content, FileFormat.YAML, 20));
		assertThat(invalid.fileProblems()).extracting(Object::toString)
			.containsExactly("$: the file is 37 bytes; files of up to 20 bytes are read");
		assertThatCode(() -> OrganizationFiles.read(content, FileFormat.YAML, 37)).doesNotThrowAnyException();
	}

	@Test
	void refusesNumbersTooLargeToExpand() {
		assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems("""
				plumbline: 1
				organization: {name: x}
				initiatives: [{key: i, name: I, status: active, budget: 1e999999999, fte: 1e-999999999, progress: 1e400}]
				""")))
			.containsExactly(
					"initiatives[0].budget: is too large (at most 18 digits before the decimal point) (was '1e999999999')",
					"initiatives[0].fte: has too many decimals (at most 12) (was '1e-999999999')",
					"initiatives[0].progress: is too large (at most 18 digits before the decimal point) (was '1e400')");
	}

	@Test
	void stopsListingAfterTheProblemLimit() {
		StringBuilder teams = new StringBuilder("plumbline: 1\norganization: {name: x}\nteams:\n");
		for (int i = 0; i < Problems.LIMIT + 500; i++) {
			teams.append("- {key: t").append(i).append(", name: T, colour: red}\n");
		}
		List<String> found = problems(teams.toString());
		assertThat(found).hasSize(Problems.LIMIT + 1);
		assertThat(found.get(found.size() - 1))
			.isEqualTo("$: stopped after 1000 problems; fix these and read the file again");
	}

	/**
	 * Random mutations of the valid examples, one to three stacked on each other: every one is read or
	 * refused with located problems, none throws anything else, none takes more than ten seconds. The
	 * seed is fixed so a failure repeats; {@code -Dplumbline.fuzz.seed=N -Dplumbline.fuzz.runs=N} explores
	 * further.
	 */
	@Test
	void mutatedExamplesAreReadOrRefusedNeverAnythingElse() throws IOException {
		byte[] yaml = Files.readAllBytes(OrganizationFileRoundTripTests.EXAMPLE_YAML);
		byte[] json = Files.readAllBytes(OrganizationFileRoundTripTests.EXAMPLE_JSON);
		long seed = Long.getLong("plumbline.fuzz.seed", 20261101L);
		int runs = Integer.getInteger("plumbline.fuzz.runs", 500);
		Random random = new Random(seed);
		int refused = 0;
		long started = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			boolean isJson = i % 4 == 3;
			byte[] mutated = isJson ? json : yaml;
			for (int n = 1 + random.nextInt(3); n > 0; n--) {
				mutated = mutate(mutated, random);
			}
			byte[] content = mutated;
			String what = "mutation " + i + " (seed " + seed + ")";
			try {
				assertTimeoutPreemptively(Duration.ofSeconds(10),
						() -> OrganizationFiles.read(content, isJson ? FileFormat.JSON : FileFormat.YAML), what + " hung");
			}
			catch (InvalidFileException ex) {
				refused++;
				assertThat(ex.fileProblems()).isNotEmpty()
					.allSatisfy(p -> assertThat(p.path()).isNotBlank())
					.allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception", "could not be read"));
			}
			catch (RuntimeException ex) {
				fail(what + " threw " + ex + " for:\n" + new String(content, StandardCharsets.UTF_8), ex);
			}
		}
		assertThat(refused).isGreaterThan(runs / 2);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(400L * runs));
	}

	/** Deletes, duplicates or swaps a line, retypes a value, or drops junk bytes in. */
	private static byte[] mutate(byte[] original, Random random) {
		String text = new String(original, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		int at = random.nextInt(lines.size());
		switch (random.nextInt(8)) {
			case 6 -> { // an anchor here and aliases of it further on: the shapes of an alias bomb
				lines.set(at, lines.get(at).replaceFirst(": (.+)$", ": &a$1"));
				lines.add(random.nextInt(lines.size()), lines.get(random.nextInt(lines.size())).replaceFirst(": .*", ": *a"));
			}
			case 7 -> { // a value nested deeply
				int depth = 1 + random.nextInt(3000);
				lines.set(at, lines.get(at).replaceFirst(": .*", ": " + "[".repeat(depth) + "1" + "]".repeat(depth)));
			}
			case 0 -> lines.remove(at);
			case 1 -> lines.add(at, lines.get(at));
			case 2 -> lines.set(at, lines.get(at).replaceFirst(": .*", ": " + List.of("[]", "{}", "12", "x", "true", "null",
					"-1", "2026-99-99", "\"\"", "1e9").get(random.nextInt(10))));
			case 3 -> {
				int other = random.nextInt(lines.size());
				String line = lines.get(at);
				lines.set(at, lines.get(other));
				lines.set(other, line);
			}
			case 4 -> {
				byte[] junk = new byte[1 + random.nextInt(8)];
				random.nextBytes(junk);
				byte[] copy = Arrays.copyOf(original, original.length + junk.length);
				int offset = random.nextInt(original.length);
				System.arraycopy(original, offset, copy, offset + junk.length, original.length - offset);
				System.arraycopy(junk, 0, copy, offset, junk.length);
				return copy;
			}
			default -> {
				return Arrays.copyOf(original, random.nextInt(original.length));
			}
		}
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

}
