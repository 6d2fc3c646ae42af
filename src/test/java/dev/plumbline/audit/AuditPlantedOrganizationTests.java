package dev.plumbline.audit;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audit/planted.yaml} gives exactly the planted findings (commented in the file), in report order,
 * and the index its header states.
 */
class AuditPlantedOrganizationTests {

	static OrganizationFile planted() throws IOException {
		try (InputStream in = AuditPlantedOrganizationTests.class.getResourceAsStream("/audit/planted.yaml")) {
			return OrganizationFiles.read(in.readAllBytes(), FileFormat.YAML);
		}
	}

	@Test
	void findsExactlyWhatWasPlanted() throws IOException {
		OrganizationFile file = planted();
		AuditReport report = AuditEngine.run(file, file.asOf());
		assertThat(report.asOf()).isEqualTo(PlantedOrganization.AS_OF);
		assertThat(report.organization()).isEqualTo("Harbor Clinic");
		assertThat(report.findings()).extracting(f -> f.code() + " " + f.subject().key())
			.containsExactlyElementsOf(PlantedOrganization.expected());
	}

	@Test
	void scoresWhatTheHeaderSays() throws IOException {
		AlignmentIndex index = AuditEngine.run(planted(), PlantedOrganization.AS_OF).index();
		assertThat(index.organization().value()).isEqualTo(61);
		assertThat(index.pillars()).extracting(s -> s.key() + " " + s.value())
			.containsExactly("access 63", "quality 40", "sustainability 64", "research 50");
		assertThat(index.teams()).extracting(s -> s.key() + " " + s.value()).containsExactly("care 73", "ops 56", "lab 100");
	}

	@Test
	void theFileAndTheMotherBuildTheSameOrganization() throws IOException {
		assertThat(planted()).isEqualTo(PlantedOrganization.build());
	}

}
