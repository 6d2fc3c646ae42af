package dev.plumbline.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Edits made from the same version never overwrite each other: exactly one wins, every other one is
 * told, and nothing is half-written.
 */
@PlumblineIntegrationTest
class ConcurrentCharterEditsIntegrationTests {

	@Autowired
	ReviseCharter reviseCharter;

	@Autowired
	CharterQueries queries;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecondOfTwoEditsFromTheSameVersionIsRefused() {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization leader = this.organizations.as(org.slug(), org.leader());
		CurrentOrganization admin = this.organizations.as(org.slug(), org.admin());
		this.reviseCharter.revise(leader, 1, withMission("The leader's mission"));
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.reviseCharter.revise(admin, 1, withMission("The admin's mission")))
			.satisfies(ex -> assertThat(ex.currentVersion()).isEqualTo(2));
		assertThat(this.queries.current(org.id()).content().mission()).isEqualTo("The leader's mission");
		assertThat(this.queries.history(org.id())).hasSize(2);
	}

	@Test
	void ofManyParallelWritersFromOneVersionExactlyOneWins() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization leader = this.organizations.as(org.slug(), org.leader());
		int writers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<Long>> results = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String mission = "Mission of writer " + i;
			results.add(pool.submit(() -> {
				start.await();
				return this.reviseCharter.revise(leader, 1, withMission(mission));
			}));
		}
		start.countDown();
		int won = 0;
		int refused = 0;
		for (Future<Long> result : results) {
			try {
				assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(2);
				won++;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(StaleVersionException.class);
				refused++;
			}
		}
		pool.shutdown();
		assertThat(won).isEqualTo(1);
		assertThat(refused).isEqualTo(writers - 1);
		Charter charter = this.queries.current(org.id());
		assertThat(charter.version()).isEqualTo(2);
		assertThat(this.queries.version(org.id(), 2)).isEqualTo(charter.content());
		assertThat(this.jdbc.sql("SELECT count(*) FROM activity WHERE organization_id = :org AND action = 'charter.revised'")
			.param("org", org.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private static CharterContent withMission(String mission) {
		CharterContent sample = TestOrganizations.sampleCharter();
		return new CharterContent(sample.vision(), mission, sample.values(), sample.pillars());
	}

}
