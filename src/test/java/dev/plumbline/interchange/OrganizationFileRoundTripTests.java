package dev.plumbline.interchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's canonical form reads back to the same model, in YAML and JSON alike.
 */
class OrganizationFileRoundTripTests {

	static final Path EXAMPLE_YAML = Path.of("docs/examples/organization.yaml");

	static final Path EXAMPLE_JSON = Path.of("docs/examples/organization.json");

	static OrganizationFile example() throws IOException {
		return OrganizationFiles.read(Files.readAllBytes(EXAMPLE_YAML), FileFormat.YAML);
	}

	@Test
	void theExampleUsesEverySection() throws IOException {
		OrganizationFile file = example();
		assertThat(file.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(file.charter().pillars()).hasSize(5);
		assertThat(file.teams()).hasSize(6);
		assertThat(file.people()).hasSize(15);
		assertThat(file.seats()).hasSize(10);
		assertThat(file.objectives()).hasSize(15).allSatisfy(o -> assertThat(o.status()).isNotNull());
		assertThat(file.objectives().stream().flatMap(o -> o.keyResults().stream()).flatMap(k -> k.checkIns().stream()))
			.hasSizeGreaterThan(100);
		assertThat(file.initiatives()).hasSize(8);
		assertThat(file.kpis()).hasSize(6).allSatisfy(k -> assertThat(k.measurements()).isNotEmpty());
		assertThat(file.journeys()).hasSize(2);
		assertThat(file.decisions()).hasSize(4);
		assertThat(file.fits()).hasSize(6);
		assertThat(file.surveys()).hasSize(2);
		assertThat(file.surveys().get(0).responses().stream().filter(r -> "clinical".equals(r.team()))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(file.concerns()).hasSize(4);
		assertThat(file.reviews()).hasSize(3);
		assertThat(file.stories()).hasSize(4);
		assertThat(file.audit().anonymityMinimum()).isEqualTo(5);
	}

	@Test
	void theExampleIsInCanonicalFormAndItsJsonTwinIsTheSameOrganization() throws IOException {
		OrganizationFile yaml = example();
		OrganizationFile json = OrganizationFiles.read(Files.readAllBytes(EXAMPLE_JSON), FileFormat.JSON);
		assertThat(json).isEqualTo(yaml);
		assertThat(new String(OrganizationFiles.write(yaml, FileFormat.YAML), StandardCharsets.UTF_8))
			.isEqualTo(Files.readString(EXAMPLE_YAML));
		assertThat(new String(OrganizationFiles.write(yaml, FileFormat.JSON), StandardCharsets.UTF_8))
			.isEqualTo(Files.readString(EXAMPLE_JSON));
	}

	@Test
	void readingWhatWasWrittenGivesTheSameModelInBothFormats() throws IOException {
		OrganizationFile file = example();
		for (FileFormat format : FileFormat.values()) {
			byte[] written = OrganizationFiles.write(file, format);
			assertThat(OrganizationFiles.read(written, format)).isEqualTo(file);
			assertThat(OrganizationFiles.write(file, format)).isEqualTo(written);
		}
	}

	@Test
	void canonicalFormStartsWithTheVersionAndLeavesOutWhatIsAbsent() {
		OrganizationFile file = OrganizationFile.empty(new OrganizationFile.Organization("Tiny", null));
		assertThat(new String(OrganizationFiles.write(file, FileFormat.YAML), StandardCharsets.UTF_8))
			.isEqualTo("plumbline: 1\norganization:\n  name: Tiny\n");
		assertThat(new String(OrganizationFiles.write(file, FileFormat.JSON), StandardCharsets.UTF_8))
			.isEqualTo("{\n  \"plumbline\": 1,\n  \"organization\": {\n    \"name\": \"Tiny\"\n  }\n}\n");
	}

	@Test
	void numbersAreReadWithoutTrailingZerosAndWrittenPlain() {
		OrganizationFile file = OrganizationFiles.read("""
				plumbline: 1
				organization: {name: x}
				initiatives: [{key: i, name: I, status: active, budget: 12.50, fte: 1E+2}]
				""".getBytes(StandardCharsets.UTF_8), FileFormat.YAML);
		assertThat(file.initiatives().get(0).budget()).isEqualTo(new BigDecimal("12.5"));
		assertThat(file.initiatives().get(0).fte()).isEqualTo(new BigDecimal("100"));
		assertThat(new String(OrganizationFiles.write(file, FileFormat.YAML), StandardCharsets.UTF_8))
			.contains("budget: 12.5\n", "fte: 100\n");
	}

	@Test
	void textThatLooksLikeOtherThingsSurvivesTheRoundTrip() {
		List<String> texts = List.of("123", "1.5", "-7", "1e3", "0x1F", ".inf", ".nan", "true", "no", "Yes", "null", "~",
				"2026-11-01", "- item", ": colon", "a: b", "#hash", "[list]", "{map}", "*alias", "&anchor", "!tag",
				"@at", "`tick", "%pct", "'single'", "\"double\"", "tab\there", "two\nlines\n", "trailing space ",
				" leading", "Accès · ünïcødé ✓", "line\r\nwindows", "ends with colon:", "x".repeat(500));
		List<OrganizationFile.Team> teams = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			teams.add(new OrganizationFile.Team("t" + i, texts.get(i), null));
		}
		OrganizationFile file = OrganizationFile.empty(new OrganizationFile.Organization("Odd", null)).withTeams(teams);
		for (FileFormat format : FileFormat.values()) {
			assertThat(OrganizationFiles.read(OrganizationFiles.write(file, format), format).teams())
				.as(format.name())
				.extracting(OrganizationFile.Team::name)
				.containsExactlyElementsOf(texts);
		}
	}

	@Test
	void readsAndWritesALargeOrganizationQuickly() {
		OrganizationFile large = LargeOrganizations.generate(500, 3, 40);
		for (FileFormat format : FileFormat.values()) {
			long started = System.nanoTime();
			byte[] written = OrganizationFiles.write(large, format);
			OrganizationFile read = OrganizationFiles.read(written, format);
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(read).isEqualTo(large);
			assertThat(millis).as(format + " write + read of 60,000 check-ins, ms").isLessThan(30_000);
		}
	}

}
