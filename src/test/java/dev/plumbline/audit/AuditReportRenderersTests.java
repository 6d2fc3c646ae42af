package dev.plumbline.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AuditReportRenderersTests {

	private final AuditReport report = AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF);

	@Test
	void jsonHasTheDocumentedShape() throws Exception {
		String json = AuditReportJson.write(this.report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/audit-planted.json"), json);
		JsonNode root = JsonMapper.builder().build().readTree(json);
		assertThat(root.propertyNames()).containsExactly("organization", "asOf", "index", "findings");
		assertThat(root.get("organization").asString()).isEqualTo("Harbor Clinic");
		assertThat(root.get("asOf").asString()).isEqualTo("2026-11-01");
		JsonNode organization = root.get("index").get("organization");
		assertThat(organization.get("value").asInt()).isEqualTo(this.report.index().organization().value());
		JsonNode deduction = organization.get("deductions").get(0);
		assertThat(deduction.propertyNames()).containsExactly("code", "subject", "points");
		assertThat(deduction.get("subject").propertyNames()).containsExactly("kind", "key", "name");
		JsonNode pillar = root.get("index").get("pillars").get(0);
		assertThat(pillar.propertyNames()).containsExactly("key", "name", "value", "deductions");
		assertThat(pillar.get("key").asString()).isEqualTo("access");
		assertThat(root.get("index").get("teams")).hasSize(3);
		JsonNode finding = root.get("findings").get(0);
		assertThat(finding.propertyNames()).containsExactly("code", "severity", "subject", "evidence", "action");
		assertThat(finding.get("code").asString()).isEqualTo("ORPHAN_INITIATIVE");
		assertThat(finding.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(finding.get("subject").get("name").asString()).isEqualTo("Clinic app");
		assertThat(finding.get("action").asString())
			.isEqualTo("Link 'Clinic app' to a pillar or to an objective that serves one, or cancel it.");
		assertThat(root.get("findings")).hasSize(this.report.findings().size());
	}

	@Test
	void jsonEvidenceKeepsTypesAndOrder() throws Exception {
		JsonNode root = JsonMapper.builder().build().readTree(AuditReportJson.write(this.report));
		JsonNode zombie = root.get("findings").get(2).get("evidence");
		assertThat(root.get("findings").get(2).get("subject").get("key").asString()).isEqualTo("i-old-portal");
		assertThat(zombie.propertyNames()).containsExactly("status", "end", "lastMovement", "daysWithoutMovement", "reasons");
		assertThat(zombie.get("end").asString()).isEqualTo("2026-09-30");
		assertThat(zombie.get("daysWithoutMovement").isNumber()).isTrue();
		assertThat(zombie.get("reasons").isArray()).isTrue();
	}

	@Test
	void textGroupsBySeverityWithCountsAndIndents() throws Exception {
		String text = AuditReportText.render(this.report, false);
		Files.writeString(Path.of("target/audit-planted.txt"), text);
		assertThat(text).startsWith("Plumbline audit — Harbor Clinic (as of 2026-11-01)\nAlignment index: ");
		assertThat(text).contains("  Pillars: Access ", "  Teams: Care team ");
		assertThat(text).contains("Findings: 10 critical, 22 warning, 4 info");
		assertThat(text).contains("\nCRITICAL (10)\n", "\nWARNING (22)\n", "\nINFO (4)\n");
		assertThat(text).contains("  ORPHAN_INITIATIVE  initiative i-clinic-app — Clinic app: status=active, objectives=[o-brand]\n"
				+ "      → Link 'Clinic app' to a pillar or to an objective that serves one, or cancel it.\n");
		assertThat(text).doesNotContain("\u001B[");
		assertThat(text.indexOf("CRITICAL (")).isLessThan(text.indexOf("WARNING (")).isLessThan(text.indexOf("INFO ("));
	}

	@Test
	void textUsesAnsiColoursOnlyWhenAsked() {
		String coloured = AuditReportText.render(this.report, true);
		assertThat(coloured).contains("\u001B[1;31mCRITICAL (10)\u001B[0m", "\u001B[33mWARNING (22)\u001B[0m");
		assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(AuditReportText.render(this.report, false));
	}

	@Test
	void emptyReportSaysSo() {
		AuditReport empty = new AuditReport("Quiet Co", PlantedOrganization.AS_OF,
				new AlignmentIndex(new AlignmentIndex.Score(null, "Quiet Co", 100, List.of()), List.of(), List.of()), List.of());
		assertThat(AuditReportText.render(empty, false)).isEqualTo("Plumbline audit — Quiet Co (as of 2026-11-01)\n"
				+ "Alignment index: 100/100\n\nNo findings: everything the audit checks is in line.\n");
		assertThat(AuditReportJson.toMap(empty)).containsEntry("findings", List.of())
			.extractingByKey("index")
			.isEqualTo(Map.of("organization", Map.of("value", 100, "deductions", List.of()), "pillars", List.of(), "teams",
					List.of()));
	}

}
