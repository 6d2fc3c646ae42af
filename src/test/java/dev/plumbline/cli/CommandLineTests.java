package dev.plumbline.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.plumbline.audit.AuditEngine;
import dev.plumbline.audit.AuditReportJson;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line run in-process, with its standard streams captured.
 */
class CommandLineTests {

	private static final String EXAMPLE = "docs/examples/organization.yaml";

	private static final String EXAMPLE_JSON = "docs/examples/organization.json";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(byte[] stdin, String... args) {
		Clock clock = Clock.fixed(Instant.parse("2027-01-15T10:00:00Z"), ZoneOffset.UTC);
		return new CommandLine(new ByteArrayInputStream(stdin), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), false, clock)
			.run(args);
	}

	private int run(String... args) {
		return run(new byte[0], args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void auditsTheExampleAsText() {
		assertThat(run("audit", EXAMPLE)).isZero();
		assertThat(out()).startsWith("Plumbline audit — Harbor Community Clinics (as of 2026-11-01)\n")
			.contains("Alignment index: ", "CRITICAL (", "ORPHAN_INITIATIVE  initiative legacy-newsletter")
			.doesNotContain("\u001B[");
		assertThat(err()).isEmpty();
	}

	@Test
	void auditsAsJsonExactlyAsTheEngineReportsIt() throws IOException {
		assertThat(run("audit", EXAMPLE, "--format", "json")).isZero();
		var file = OrganizationFiles.read(Files.readAllBytes(Path.of(EXAMPLE)), FileFormat.YAML);
		String expected = AuditReportJson.write(AuditEngine.run(file, LocalDate.of(2026, 11, 1)));
		assertThat(out().strip()).isEqualTo(expected.strip());
		assertThat(out()).contains("\"organization\" : \"Harbor Community Clinics\"");
	}

	@Test
	void theJsonTwinGivesTheSameAudit() {
		run("audit", EXAMPLE, "--format=json");
		String fromYaml = out();
		this.out.reset();
		assertThat(run("audit", EXAMPLE_JSON, "--format=json")).isZero();
		assertThat(out()).isEqualTo(fromYaml);
	}

	@Test
	void asOfComesFromTheOptionElseTheFileElseToday() throws IOException {
		run("audit", EXAMPLE, "--as-of", "2026-12-24");
		assertThat(out()).startsWith("Plumbline audit — Harbor Community Clinics (as of 2026-12-24)");
		this.out.reset();
		Path noAsOf = this.temp.resolve("org.yml");
		Files.writeString(noAsOf, "plumbline: 1\norganization: {name: Tiny}\n");
		assertThat(run("audit", noAsOf.toString())).isZero();
		assertThat(out()).startsWith("Plumbline audit — Tiny (as of 2027-01-15)");
	}

	@Test
	void failsOnFindingsAtOrAboveTheGivenSeverity() throws IOException {
		assertThat(run("audit", EXAMPLE, "--fail-on", "critical")).isEqualTo(1);
		assertThat(run("audit", EXAMPLE, "--fail-on", "info")).isEqualTo(1);
		Path clean = this.temp.resolve("clean.yaml");
		Files.writeString(clean, "plumbline: 1\norganization: {name: Tiny}\nasOf: 2026-11-01\n");
		assertThat(run("audit", clean.toString(), "--fail-on", "info")).isZero();
	}

	@Test
	void anInvalidFileExitsTwoWithEveryProblemOnStandardError() throws IOException {
		Path bad = this.temp.resolve("bad.yaml");
		Files.writeString(bad, """
				plumbline: 1
				organization: {name: Bad}
				teams: [{key: ops, name: Ops, parent: nowhere}]
				initiatives: [{key: i, name: I, status: live, ownr: ann}]
				""");
		assertThat(run("audit", bad.toString())).isEqualTo(2);
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("""
				initiatives[0].status: must be one of proposed, planned, active, paused, completed, cancelled (was 'live')
				initiatives[0].ownr: unknown key 'ownr' (did you mean 'owner'?) (was 'ann')
				teams[0].parent: names no team in teams (was 'nowhere')
				""");
		this.err.reset();
		assertThat(run("validate", bad.toString())).isEqualTo(2);
		assertThat(err()).contains("teams[0].parent: names no team in teams");
	}

	@Test
	void validatesWithoutAuditing() {
		assertThat(run("validate", EXAMPLE)).isZero();
		assertThat(out()).startsWith(EXAMPLE + ": valid — Harbor Community Clinics, ").endsWith(" rows\n");
	}

	@Test
	void readsStandardInputInEitherFormat() throws IOException {
		assertThat(run(Files.readAllBytes(Path.of(EXAMPLE_JSON)), "validate", "-")).isZero();
		assertThat(run(Files.readAllBytes(Path.of(EXAMPLE)), "audit", "-", "--format", "json")).isZero();
		assertThat(run("  {\"plumbline\": 1,}".getBytes(StandardCharsets.UTF_8), "validate", "-")).isEqualTo(2);
		assertThat(err()).startsWith("$: syntax error: Unexpected character ('}'");
	}

	@Test
	void aMissingFileIsReported() {
		assertThat(run("validate", "no/such/file.yaml")).isEqualTo(2);
		assertThat(err()).isEqualTo("no/such/file.yaml: no such file\n");
	}

	@Test
	void badUsageExitsSixtyFourWithTheUsage() {
		assertThat(run("audit", EXAMPLE, "--colour")).isEqualTo(64);
		assertThat(err()).startsWith("plumbline: unknown option --colour\n\nUsage:");
		this.err.reset();
		assertThat(run("audit", EXAMPLE, "--format", "xml")).isEqualTo(64);
		assertThat(err()).startsWith("plumbline: --format must be text or json (was 'xml')");
		this.err.reset();
		assertThat(run("audit", EXAMPLE, "--fail-on", "major")).isEqualTo(64);
		assertThat(err()).startsWith("plumbline: --fail-on must be critical, warning or info (was 'major')");
		this.err.reset();
		assertThat(run("audit", EXAMPLE, "--as-of", "tomorrow")).isEqualTo(64);
		assertThat(err()).startsWith("plumbline: --as-of must be a date written YYYY-MM-DD (was 'tomorrow')");
		this.err.reset();
		assertThat(run("audit")).isEqualTo(64);
		assertThat(err()).startsWith("plumbline: which file?");
		this.err.reset();
		assertThat(run("validate", EXAMPLE, "--as-of", "2026-01-01")).isEqualTo(64);
		assertThat(run("audit", EXAMPLE, "other.yaml")).isEqualTo(64);
		assertThat(run("audit", EXAMPLE, "--as-of")).isEqualTo(64);
		assertThat(out()).isEmpty();
	}

	@Test
	void helpPrintsTheUsage() {
		assertThat(run("help")).isZero();
		assertThat(out()).startsWith("Usage:\n  plumbline audit FILE");
	}

	@Test
	void mainRunsTheCommandLineOnlyForItsCommands() {
		assertThat(CommandLine.handles(new String[] { "audit", "x.yaml" })).isTrue();
		assertThat(CommandLine.handles(new String[] { "validate" })).isTrue();
		assertThat(CommandLine.handles(new String[] { "--server.port=8081" })).isFalse();
		assertThat(CommandLine.handles(new String[0])).isFalse();
	}

	@Test
	void sniffsJsonFromItsFirstCharacter() {
		assertThat(CommandLine.sniff(" \n{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.JSON);
		assertThat(CommandLine.sniff("plumbline: 1".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.YAML);
		assertThat(CommandLine.sniff(new byte[0])).isEqualTo(FileFormat.YAML);
	}

}
