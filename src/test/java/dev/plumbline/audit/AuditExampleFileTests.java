package dev.plumbline.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented example file audits cleanly: every finding names a node that exists in the file. */
class AuditExampleFileTests {

	@Test
	void everyFindingOfTheExampleNamesANodeOfTheFile() throws Exception {
		OrganizationFile file = OrganizationFiles.read(Files.readAllBytes(Path.of("docs/examples/organization.yaml")),
				FileFormat.YAML);
		AuditReport report = AuditEngine.run(file, file.asOf());
		Files.writeString(Path.of("target/audit-example.txt"), AuditReportText.render(report, false));
		Set<String> nodes = new HashSet<>();
		file.charter().pillars().forEach(p -> nodes.add("pillar " + p.key()));
		file.teams().forEach(t -> nodes.add("team " + t.key()));
		file.people().forEach(p -> nodes.add("person " + p.key()));
		file.seats().forEach(s -> nodes.add("seat " + s.key()));
		file.initiatives().forEach(i -> nodes.add("initiative " + i.key()));
		file.objectives().forEach(o -> {
			nodes.add("objective " + o.key());
			o.keyResults().forEach(k -> nodes.add("keyResult " + o.key() + "." + k.key()));
		});
		file.kpis().forEach(k -> nodes.add("kpi " + k.key()));
		file.journeys().forEach(j -> j.stages()
			.forEach(s -> s.painPoints().forEach(p -> nodes.add("painPoint " + j.key() + "." + s.key() + "." + p.key()))));
		file.decisions().forEach(d -> nodes.add("decision " + d.key()));
		file.concerns().forEach(c -> nodes.add("concern " + c.key()));
		file.reviews().forEach(r -> nodes.add("review " + r.key()));
		assertThat(report.findings()).isNotEmpty()
			.allSatisfy(f -> assertThat(nodes).contains(f.subject().kind() + " " + f.subject().key()));
		assertThat(report.index().organization().value()).isBetween(1, 99);
	}

}
