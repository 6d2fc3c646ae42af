package dev.plumbline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineApplication;
import dev.plumbline.ScratchDatabase;

/**
 * A first start stopped while it seeded the demo leaves the seeding lock behind until it expires. The next
 * start finds the lock taken and no organization: it looks again until the lock is gone, then seeds (it used
 * to leave the empty database alone for good, so no demo login ever worked).
 */
class InterruptedDemoSeedIntegrationTests {

	@Test
	void aStartAfterAnInterruptedSeedSeedsOnceTheLeftLockExpires() throws Exception {
		// on H2 a file, reopened by the second start as after a real restart (an in-memory database would keep
		// constraints parsed by the first start's closed sessions)
		try (ScratchDatabase database = ScratchDatabase.inFile("plumbline_seed", Path.of("target"))) {
			// the schema, and the lock of a node that was stopped while seeding (database time is UTC)
			try (ConfigurableApplicationContext migrate = start(database, false)) {
				migrate.getBean(JdbcClient.class)
					.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('demo-seed', :until, :at, 'stopped-node')")
					.param("until", Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).plusSeconds(20)))
					.param("at", Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)))
					.update();
			}
			try (ConfigurableApplicationContext node = start(database, true)) {
				JdbcClient jdbc = node.getBean(JdbcClient.class);
				assertThat(organizations(jdbc)).as("the lock is still held when the node is ready").isZero();
				long deadline = System.nanoTime() + 90_000_000_000L;
				while (organizations(jdbc) == 0 && System.nanoTime() < deadline) {
					Thread.sleep(250);
				}
				assertThat(jdbc.sql("SELECT slug FROM organization").query(String.class).list())
					.as("seeded once the lock expired").containsExactly(DemoLogins.SLUG);
				assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single()).isEqualTo(DemoLogins.ALL.size());
			}
		}
	}

	private static long organizations(JdbcClient jdbc) {
		return jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
	}

	private static ConfigurableApplicationContext start(ScratchDatabase database, boolean demo) {
		return new SpringApplicationBuilder(PlumblineApplication.class).run(database.arguments(Map.of("server.port", 0,
				"plumbline.demo.enabled", demo, "plumbline.demo.retry", "500ms")));
	}

}
