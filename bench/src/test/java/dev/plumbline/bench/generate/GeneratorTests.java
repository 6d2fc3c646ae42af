package dev.plumbline.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.plumbline.audit.AuditEngine;
import dev.plumbline.audit.AuditReport;
import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.interchange.PlanModel.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator at scale S: deterministic, valid for the application's own reader and command line, the
 * sizes of issue 5's table, and the problems a real organization has in modest proportions.
 */
class GeneratorTests {

	private static final byte[] S_YAML = bytes(Scale.S, 42, FileFormat.YAML);

	@Test
	void sameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() {
		assertThat(bytes(Scale.S, 42, FileFormat.YAML)).isEqualTo(S_YAML);
		assertThat(bytes(Scale.S, 43, FileFormat.YAML)).isNotEqualTo(S_YAML);
	}

	@Test
	void smallScaleHasTheSizesOfTheTable() {
		OrganizationFile file = OrganizationFiles.read(S_YAML, FileFormat.YAML);
		assertThat(file.people()).hasSize(50);
		assertThat(file.teams()).hasSize(6);
		assertThat(file.objectives()).hasSize(200);
		assertThat(file.objectives().stream().mapToInt(o -> o.keyResults().size()).sum()).isEqualTo(600);
		assertThat(file.objectives().stream().flatMap(o -> o.keyResults().stream()).mapToInt(k -> k.checkIns().size()).sum())
			.isEqualTo(6_000);
		assertThat(file.initiatives()).hasSize(40);
		assertThat(file.kpis()).hasSize(20).allSatisfy(k -> assertThat(k.measurements()).hasSize(52));
		assertThat(file.journeys().stream().flatMap(j -> j.stages().stream()).mapToInt(s -> s.painPoints().size()).sum())
			.isEqualTo(40);
		assertThat(file.decisions()).hasSize(50);
		assertThat(file.surveys().stream().mapToInt(s -> s.responses().size()).sum()).isEqualTo(500);
	}

	@Test
	void yamlAndJsonHoldTheSameOrganization() {
		OrganizationFile yaml = OrganizationFiles.read(S_YAML, FileFormat.YAML);
		OrganizationFile json = OrganizationFiles.read(bytes(Scale.S, 42, FileFormat.JSON), FileFormat.JSON);
		assertThat(json).isEqualTo(yaml);
	}

	@Test
	void cascadesAreSeveralLevelsDeepWithSomeOrphansAndTwoYearsOfDates() {
		OrganizationFile file = OrganizationFiles.read(S_YAML, FileFormat.YAML);
		Map<String, Objective> byKey = new HashMap<>();
		file.objectives().forEach(o -> byKey.put(o.key(), o));
		int deepest = 0;
		for (Objective objective : file.objectives()) {
			int depth = 0;
			for (Objective o = objective; o.parent() != null; o = byKey.get(o.parent())) {
				depth++;
			}
			deepest = Math.max(deepest, depth);
		}
		assertThat(deepest).isGreaterThanOrEqualTo(3);
		long orphans = file.objectives().stream().filter(o -> o.parent() == null && o.pillars().isEmpty()).count();
		assertThat(orphans).isBetween(1L, 30L);
		assertThat(file.objectives().stream().map(Objective::start).min(java.util.Comparator.naturalOrder()).orElseThrow())
			.isBefore(file.asOf().minusDays(600));
		assertThat(file.objectives().stream().flatMap(o -> o.keyResults().stream()).flatMap(k -> k.checkIns().stream()))
			.allSatisfy(c -> assertThat(c.date()).isBeforeOrEqualTo(file.asOf()));
	}

	@Test
	void auditFindsZombiesStaleKpisOrphansAndMisfitsInModestProportions() {
		OrganizationFile file = OrganizationFiles.read(S_YAML, FileFormat.YAML);
		AuditReport report = AuditEngine.run(file, null);
		Map<FindingCode, Long> counts = new HashMap<>();
		for (Finding finding : report.findings()) {
			counts.merge(finding.code(), 1L, Long::sum);
		}
		assertThat(counts.get(FindingCode.ZOMBIE_INITIATIVE)).isBetween(1L, 40 / 4L);
		assertThat(counts.get(FindingCode.ORPHAN_INITIATIVE)).isBetween(1L, 40 / 4L);
		assertThat(counts.get(FindingCode.STALE_KPI)).isBetween(1L, 20 / 3L);
		assertThat(counts.get(FindingCode.STALE_OBJECTIVE)).isBetween(1L, 200 / 4L);
		assertThat(counts.get(FindingCode.VALUES_MISFIT)).isBetween(1L, 3L);
		assertThat(report.index().organization().value()).isBetween(40, 95);
	}

	@Test
	void packagedApplicationValidatesTheFile(@TempDir Path directory) throws Exception {
		Path jar = Path.of(System.getProperty("plumbline.jar", "../target/plumbline.jar"));
		assertThat(jar).as("the packaged application (./mvnw package at the root)").exists();
		Path file = directory.resolve("s-42.yaml");
		Files.write(file, S_YAML);
		Process process = new ProcessBuilder("java", "-jar", jar.toString(), "validate", file.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("valid");
	}

	@Test
	void writingToAFileCountsTheRowsAndLeavesNoPartialFile(@TempDir Path directory) throws IOException {
		Path target = directory.resolve("s.json");
		OrganizationGenerator.Generated generated = new OrganizationGenerator(Scale.S, 42).write(target, FileFormat.JSON);
		assertThat(generated.rows()).isGreaterThan(6_000 + 600 + 200);
		assertThat(generated.bytes()).isEqualTo(Files.size(target));
		try (var files = Files.list(directory)) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void scaleNamesTheChoicesForAnUnknownOne() {
		assertThat(Scale.parse("xl")).isEqualTo(Scale.XL);
		assertThatThrownBy(() -> Scale.parse("huge")).hasMessage("scale 'huge' is not one of S, M, L, XL");
	}

	private static byte[] bytes(Scale scale, long seed, FileFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new OrganizationGenerator(scale, seed).write(out, format);
		return out.toByteArray();
	}

}
