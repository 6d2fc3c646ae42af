package dev.plumbline.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The planted organization gives exactly the planted findings, in report order. */
class AuditPlantedOrganizationTests {

	@Test
	void findsExactlyWhatWasPlanted() {
		AuditReport report = AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF);
		assertThat(report.findings()).extracting(f -> f.code() + " " + f.subject().key())
			.containsExactlyElementsOf(PlantedOrganization.expected());
		assertThat(report.organization()).isEqualTo("Harbor Clinic");
	}

}
