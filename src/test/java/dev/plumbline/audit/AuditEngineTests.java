package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.OrganizationFile;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEngineTests {

	@Test
	void sameInputGivesTheSameReportByteForByte() {
		String first = AuditReportJson.write(AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF));
		String second = AuditReportJson.write(AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF));
		assertThat(second).isEqualTo(first);
	}

	@Test
	void findingsAreSortedBySeverityCodeKindAndKey() {
		List<Finding> findings = AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF).findings();
		List<Finding> shuffled = new ArrayList<>(findings);
		Collections.shuffle(shuffled, new java.util.Random(4));
		shuffled.sort(AuditEngine.ORDER);
		assertThat(shuffled).extracting(f -> f.severity() + f.code().name() + f.subject().kind() + f.subject().key())
			.containsExactlyElementsOf(findings.stream()
				.map(f -> f.severity() + f.code().name() + f.subject().kind() + f.subject().key())
				.toList());
		assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
		assertThat(findings.get(findings.size() - 1).severity()).isEqualTo(Severity.INFO);
	}

	@Test
	void asOfDefaultsToTheFilesDate() {
		OrganizationFile file = PlantedOrganization.build();
		assertThat(AuditEngine.run(file, null).asOf()).isEqualTo(PlantedOrganization.AS_OF);
	}

	@Test
	void perceptionGapComparesWithTheTeamIndexThatIsReported() {
		AuditReport report = AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF);
		Finding gap = report.findings().stream().filter(f -> f.code() == FindingCode.PERCEPTION_GAP).findFirst().orElseThrow();
		int care = report.index().teams().stream().filter(t -> t.key().equals("care")).findFirst().orElseThrow().value();
		assertThat(gap.evidence()).containsEntry("measured", care).containsEntry("perceived", new java.math.BigDecimal("100"));
		// the perception finding lowers the organization's index, not the team's own measured index
		assertThat(report.index().organization().deductions()).anyMatch(d -> d.finding() == gap);
	}

	@Test
	void thresholdsComeFromTheFileWhereSet() {
		OrganizationFile file = PlantedOrganization.build();
		assertThat(Thresholds.of(file.audit()).overloadedOwnerMax()).isEqualTo(3);
		assertThat(Thresholds.of(file.audit()).zombieInactivityDays()).isEqualTo(60);
		assertThat(AuditEngine.run(file.withAudit(null), PlantedOrganization.AS_OF).findings())
			.noneMatch(f -> f.code() == FindingCode.OVERLOADED_OWNER);
	}

}
