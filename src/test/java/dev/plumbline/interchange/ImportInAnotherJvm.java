package dev.plumbline.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.plumbline.PlumblineApplication;
import dev.plumbline.organization.RegisterAccount;
import dev.plumbline.shared.PlumblineUser;

/**
 * The other JVM of {@code KilledImportIntegrationTests}: boots the application (on a free port, no demo)
 * against the database it is given and imports a large generated organization. In {@code hang} mode it
 * writes a marker file once the import has written {@link #ROWS_BEFORE_HANG} rows and then stops inside the
 * open transaction, waiting to be killed; in {@code complete} mode it imports everything and writes the row
 * count to the marker.
 * <p>
 * Arguments: mode, JDBC URL, user, marker file.
 */
public final class ImportInAnotherJvm {

	static final int ROWS_BEFORE_HANG = 2_000;

	static final int OBJECTIVES = 100;

	static final int KEY_RESULTS = 5;

	static final int CHECK_INS = 12;

	private ImportInAnotherJvm() {
	}

	public static void main(String[] args) throws Exception {
		boolean hang = args[0].equals("hang");
		Path marker = Path.of(args[3]);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PlumblineApplication.class).run(
				"--spring.datasource.url=" + args[1], "--spring.datasource.username=" + args[2],
				"--spring.datasource.password=", "--plumbline.demo.enabled=false", "--server.port=0");
		UUID account = context.getBean(RegisterAccount.class)
			.register(new RegisterAccount.Command("importer-" + UUID.randomUUID() + "@example.org", "Importer",
					"correct horse battery"));
		if (args[1].startsWith("jdbc:h2:")) {
			// H2 writes committed changes to its file within half a second (WRITE_DELAY): since imports got
			// fast, the kill could come first and take the account along. The test is about the import.
			context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("CHECKPOINT SYNC").update();
		}
		PlumblineUser user = new Importer(account);
		AtomicLong written = new AtomicLong();
		ImportProgress progress = (section, rows) -> {
			if (hang && written.addAndGet(rows) >= ROWS_BEFORE_HANG) {
				write(marker, "in progress: " + written.get() + " rows written, last section " + section);
				sleepUntilKilled();
			}
		};
		ImportOrganization.Imported imported = context.getBean(ImportOrganization.class)
			.intoNewOrganization(user, LargeOrganizations.generate(OBJECTIVES, KEY_RESULTS, CHECK_INS), "killed-import",
					"Killed import", progress);
		write(marker, "done: " + imported.rows());
		context.close();
		System.exit(0);
	}

	private static void write(Path marker, String text) {
		try {
			Path partial = marker.resolveSibling(marker.getFileName() + ".part");
			Files.writeString(partial, text);
			Files.move(partial, marker, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void sleepUntilKilled() {
		try {
			Thread.sleep(Long.MAX_VALUE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Importer(UUID userId) implements PlumblineUser {

		@Override
		public String email() {
			return "importer@example.org";
		}

		@Override
		public String displayName() {
			return "Importer";
		}

		@Override
		public boolean viaApiToken() {
			return false;
		}

	}

}
