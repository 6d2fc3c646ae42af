package dev.plumbline.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.DemoData;
import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.RunAudit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line, given the organization's export, prints exactly the findings and index the web
 * application serves for it: one engine, one model, two doors.
 */
@PlumblineIntegrationTest
class CommandLineAgreesWithTheApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	RunAudit runAudit;

	@Test
	void theExportedFileAuditsToTheSameJsonTheApiServes(@TempDir Path dir) throws Exception {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		AuditQueries.Run run = this.runAudit.run(org.id(), "test");
		MvcTestResult api = this.mvc.get().uri("/api/v1/orgs/" + org.slug() + "/audit/report").with(org.leader().session()).exchange();
		MvcTestResult export = this.mvc.get().uri("/api/v1/orgs/" + org.slug() + "/export?format=yaml")
			.with(org.admin().session()).exchange();
		assertThat(api).hasStatusOk();
		assertThat(export).hasStatusOk();
		Path file = dir.resolve(org.slug() + ".yaml");
		Files.write(file, export.getResponse().getContentAsByteArray());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new CommandLine(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false, Clock.system(ZoneOffset.UTC))
			.run("audit", file.toString(), "--format", "json", "--as-of", run.asOf().toString());

		assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(exit).isZero();
		String fromApi = api.getResponse().getContentAsString(StandardCharsets.UTF_8).strip();
		assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(fromApi);
		assertThat(fromApi).contains("VALUES_MISFIT").contains("\"asOf\" : \"" + run.asOf() + "\"");
	}

}
