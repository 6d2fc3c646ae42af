package dev.plumbline.interchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineApplication;
import dev.plumbline.ScratchDatabase;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.organization.RegisterAccount;
import dev.plumbline.shared.PlumblineUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, backup: export every organization of one instance, import the files into a new instance on
 * an empty database, export again — the files are byte for byte the same. Two application contexts on
 * two databases of their own (H2 in memory, or two scratch PostgreSQL databases on the PostgreSQL pass):
 * the first seeds the demo and gets a generated organization besides.
 */
class BackupRestoreIntegrationTests {

	@Test
	void exportThenImportIntoANewInstanceRestoresEveryOrganizationExactly() throws Exception {
		Map<String, byte[]> backup = new LinkedHashMap<>();
		try (ScratchDatabase first = ScratchDatabase.inMemory("plumbline_backup_from");
				ConfigurableApplicationContext source = start(first, true)) {
			assertThat(source.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(first.url());
			PlumblineUser owner = account(source, "owner");
			source.getBean(ImportOrganization.class)
				.intoNewOrganization(owner, LargeOrganizations.generate(40, 3, 6), "generated", "Generated",
						ImportProgress.none());
			for (Map.Entry<String, UUID> organization : organizations(source).entrySet()) {
				backup.put(organization.getKey(), OrganizationFiles.write(
						source.getBean(ExportOrganization.class).export(organization.getValue()), FileFormat.YAML));
			}
		}
		assertThat(backup).containsKeys("demo", "generated");

		try (ScratchDatabase second = ScratchDatabase.inMemory("plumbline_backup_to");
				ConfigurableApplicationContext restored = start(second, false)) {
			assertThat(organizations(restored)).as("the new instance starts empty").isEmpty();
			PlumblineUser restorer = account(restored, "restorer");
			ImportOrganization importer = restored.getBean(ImportOrganization.class);
			backup.values()
				.forEach(file -> importer.intoNewOrganization(restorer, file, FileFormat.YAML, null, null,
						ImportProgress.none()));
			Map<String, UUID> organizations = organizations(restored);
			assertThat(organizations.keySet()).containsExactlyInAnyOrderElementsOf(backup.keySet());
			for (Map.Entry<String, UUID> organization : organizations.entrySet()) {
				String again = new String(OrganizationFiles.write(
						restored.getBean(ExportOrganization.class).export(organization.getValue()), FileFormat.YAML),
						java.nio.charset.StandardCharsets.UTF_8);
				assertThat(again).as("the export of %s after the restore", organization.getKey())
					.isEqualTo(new String(backup.get(organization.getKey()), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
	}

	private static ConfigurableApplicationContext start(ScratchDatabase database, boolean demo) {
		return new SpringApplicationBuilder(PlumblineApplication.class)
			.run(database.arguments(Map.of("plumbline.demo.enabled", demo, "server.port", 0)));
	}

	private static Map<String, UUID> organizations(ConfigurableApplicationContext context) {
		Map<String, UUID> organizations = new LinkedHashMap<>();
		context.getBean(JdbcClient.class)
			.sql("SELECT slug, id FROM organization ORDER BY slug")
			.query((rs, i) -> organizations.put(rs.getString("slug"), rs.getObject("id", UUID.class)))
			.list();
		return organizations;
	}

	private static PlumblineUser account(ConfigurableApplicationContext context, String name) {
		String email = name + "@backup.test";
		UUID id = context.getBean(RegisterAccount.class)
			.register(new RegisterAccount.Command(email, name, "correct horse battery"));
		return new PlumblineUser() {

			@Override
			public UUID userId() {
				return id;
			}

			@Override
			public String email() {
				return email;
			}

			@Override
			public String displayName() {
				return name;
			}

			@Override
			public boolean viaApiToken() {
				return false;
			}

		};
	}

}
