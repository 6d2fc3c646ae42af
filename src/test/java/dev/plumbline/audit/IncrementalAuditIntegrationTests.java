package dev.plumbline.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.DemoData;
import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.objective.RecordCheckIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a check-in, the dashboard's latest run shows the new index without a full rerun: the in-memory
 * model takes the check-in, the run's index is stored at once and its findings a moment later, and both
 * equal a full audit of the organization re-read from the database. A model that missed a change (another
 * node wrote) rebuilds instead. The time from the check-in to the new index is logged, not asserted.
 */
@PlumblineIntegrationTest
class IncrementalAuditIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(IncrementalAuditIntegrationTests.class);

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	RunAudit runAudit;

	@Autowired
	AuditQueries queries;

	@Autowired
	ExportOrganization export;

	@Autowired
	RecordCheckIn recordCheckIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditModels models;

	@Autowired
	AuditReruns reruns;

	@Autowired
	Clock clock;

	@Test
	void checkInShowsTheNewIndexFromTheIncrementalModelAndEqualsAFullAudit() throws Exception {
		TestOrganization org = seeded();
		AuditQueries.Run before = this.runAudit.run(org.id(), "test");
		long revision = revision(org.id());
		PreparedAudit model = this.models.get(org.id()).orElseThrow().audit();

		UUID keyResult = activeKeyResult(org.id());
		this.recordCheckIn.record(this.organizations.as(org.slug(), org.admin()), keyResult,
				new RecordCheckIn.CheckIn(LocalDate.now(this.clock), new BigDecimal("1"), new BigDecimal("0.1"), "stuck"));
		long returned = System.nanoTime();
		AuditQueries.Run after = await(() -> this.queries.latest(org.id())
			.filter(run -> "check-in.recorded".equals(run.reason()))
			.orElse(null));
		log.info("new index {} (was {}) shown {} ms after the check-in returned", after.index(), before.index(),
				(System.nanoTime() - returned) / 1_000_000);

		assertThat(revision(org.id())).isEqualTo(revision + 1);
		// taken incrementally: the same model moved forward, not a new one
		assertThat(this.models.get(org.id()).orElseThrow().audit()).isSameAs(model);
		assertThat(this.models.get(org.id()).orElseThrow().revision()).isEqualTo(revision + 1);
		AuditReport full = AuditEngine.run(this.export.export(org.id()), LocalDate.now(this.clock));
		assertThat(after.index()).isEqualTo(full.index().organization().value());
		assertThat(after.findings()).isEqualTo(full.findings().size());
		// the details follow after the debounce: the stored report is the full audit's, byte for byte
		String expected = AuditReportJson.write(full);
		await(() -> this.queries.reportJson(org.id()).filter(expected::equals).orElse(null));
		assertThat(this.queries.findings(org.id(), AuditQueries.FindingFilter.all(true), 0, 1000).total())
			.isEqualTo(full.findings().size());
	}

	@Test
	void modelThatMissedAChangeIsRebuiltInsteadOfMovedForward() throws Exception {
		TestOrganization org = seeded();
		this.runAudit.run(org.id(), "test");
		PreparedAudit model = this.models.get(org.id()).orElseThrow().audit();
		UUID keyResult = activeKeyResult(org.id());
		// another node changed the organization: the revision moved on, this node's model did not
		this.jdbc.sql("UPDATE key_result SET target = target + 1000 WHERE id = ?").param(keyResult).update();
		this.jdbc.sql("UPDATE audit_revision SET revision = revision + 1 WHERE organization_id = ?").param(org.id()).update();

		this.recordCheckIn.record(this.organizations.as(org.slug(), org.admin()), keyResult,
				new RecordCheckIn.CheckIn(LocalDate.now(this.clock), new BigDecimal("2"), null, null));

		OrganizationFile file = this.export.export(org.id());
		AuditReport full = AuditEngine.run(file, LocalDate.now(this.clock));
		String expected = AuditReportJson.write(full);
		await(() -> this.queries.reportJson(org.id()).filter(expected::equals).orElse(null));
		AuditQueries.Run latest = this.queries.latest(org.id()).orElseThrow();
		assertThat(latest.reason()).isEqualTo("check-in.recorded");
		assertThat(latest.index()).isEqualTo(full.index().organization().value());
		assertThat(this.models.get(org.id()).orElseThrow().audit()).isNotSameAs(model);
	}

	@Test
	void checkInsThatArriveWhileTheAuditThreadIsBusyStoreOneRunThatShowsThemAll() throws Exception {
		TestOrganization org = seeded();
		this.runAudit.run(org.id(), "test");
		CountDownLatch busy = holdAuditThread();
		List<UUID> keyResults = activeKeyResults(org.id()).subList(0, 4);
		for (UUID keyResult : keyResults) {
			this.recordCheckIn.record(this.organizations.as(org.slug(), org.admin()), keyResult,
					new RecordCheckIn.CheckIn(LocalDate.now(this.clock), new BigDecimal("3"), null, null));
		}
		busy.countDown();
		this.reruns.awaitRequested();
		AuditReport full = AuditEngine.run(this.export.export(org.id()), LocalDate.now(this.clock));
		AuditQueries.Run latest = this.queries.latest(org.id()).orElseThrow();
		assertThat(latest.reason()).isEqualTo("check-in.recorded");
		assertThat(latest.index()).isEqualTo(full.index().organization().value());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_run WHERE organization_id = ? AND trigger_reason = 'check-in.recorded'")
			.param(org.id()).query(Long.class).single()).as("one run for the four check-ins").isEqualTo(1);
	}

	@Test
	void checkInThatArrivesBeforeAnEarlierOneWaitsForItInsteadOfARerun() throws Exception {
		TestOrganization org = seeded();
		this.runAudit.run(org.id(), "test");
		PreparedAudit model = this.models.get(org.id()).orElseThrow().audit();
		long revision = revision(org.id());
		CountDownLatch busy = holdAuditThread();
		List<UUID> keyResults = activeKeyResults(org.id()).subList(0, 2);
		for (UUID keyResult : keyResults) {
			this.recordCheckIn.record(this.organizations.as(org.slug(), org.admin()), keyResult,
					new RecordCheckIn.CheckIn(LocalDate.now(this.clock), new BigDecimal("5"), null, null));
		}
		AuditModels.CheckInAt first = new AuditModels.CheckInAt(keyResults.get(0), revision + 1);
		AuditModels.CheckInAt second = new AuditModels.CheckInAt(keyResults.get(1), revision + 2);

		// the second commit reached the audit thread first: it waits, nothing is stored
		assertThat(this.runAudit.afterCheckIns(org.id(), List.of(second), "check-in.recorded"))
			.isEqualTo(RunAudit.Outcome.WAIT);
		assertThat(this.models.get(org.id()).orElseThrow().revision()).isEqualTo(revision);
		assertThat(this.runAudit.afterCheckIns(org.id(), List.of(first), "check-in.recorded"))
			.isEqualTo(RunAudit.Outcome.TAKEN);
		assertThat(this.runAudit.afterCheckIns(org.id(), List.of(second), "check-in.recorded"))
			.isEqualTo(RunAudit.Outcome.TAKEN);
		// the queue's own copies of both arrive after that: reflected already, no rerun, no further run
		busy.countDown();
		this.reruns.awaitRequested();

		assertThat(this.models.get(org.id()).orElseThrow().audit()).as("moved forward, not rebuilt").isSameAs(model);
		assertThat(this.models.get(org.id()).orElseThrow().revision()).isEqualTo(revision + 2);
		AuditReport full = AuditEngine.run(this.export.export(org.id()), LocalDate.now(this.clock));
		assertThat(this.queries.latest(org.id()).orElseThrow().index()).isEqualTo(full.index().organization().value());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_run WHERE organization_id = ? AND trigger_reason = 'check-in.recorded'")
			.param(org.id()).query(Long.class).single()).isEqualTo(2);
		assertThat(this.reruns.isPending(org.id())).isFalse();
	}

	@Test
	void aStreamOfCheckInsIsTakenAtOnceThenAtMostOnceAnInterval() throws Exception {
		TestOrganization org = seeded();
		this.runAudit.run(org.id(), "test");
		List<UUID> keyResults = activeKeyResults(org.id()).subList(0, 5);
		String runs = "SELECT ran_at FROM audit_run WHERE organization_id = ? AND trigger_reason = 'check-in.recorded' ORDER BY ran_at";
		for (UUID keyResult : keyResults) {
			this.recordCheckIn.record(this.organizations.as(org.slug(), org.admin()), keyResult,
					new RecordCheckIn.CheckIn(LocalDate.now(this.clock), new BigDecimal("4"), null, null));
			if (keyResult.equals(keyResults.get(0))) {
				// the first after a quiet spell is taken at once, not after the interval (1 s)
				await(() -> this.jdbc.sql(runs).param(org.id()).query(Timestamp.class).list().isEmpty() ? null : true);
			}
			Thread.sleep(50);
		}
		this.reruns.awaitRequested();

		List<Timestamp> ranAt = this.jdbc.sql(runs).param(org.id()).query(Timestamp.class).list();
		assertThat(ranAt).as("the four that streamed in waited for the interval and went together").hasSizeBetween(2, 3);
		for (int i = 1; i < ranAt.size(); i++) {
			assertThat(ranAt.get(i).getTime() - ranAt.get(i - 1).getTime()).as("ms between two steps")
				.isGreaterThanOrEqualTo(900);
		}
		AuditReport full = AuditEngine.run(this.export.export(org.id()), LocalDate.now(this.clock));
		assertThat(this.queries.latest(org.id()).orElseThrow().index()).isEqualTo(full.index().organization().value());
	}

	/** The demo organization, once the audit its import asked for has run (so that nothing else runs later). */
	private TestOrganization seeded() throws Exception {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		this.reruns.awaitRequested();
		await(() -> this.queries.latest(org.id()).orElse(null));
		return org;
	}

	private UUID activeKeyResult(UUID org) {
		return this.jdbc.sql("""
				SELECT k.id FROM key_result k JOIN objective o ON o.id = k.objective_id
				WHERE k.organization_id = ? AND o.status = 'ACTIVE' AND k.target IS NOT NULL
				ORDER BY o.objective_key, k.kr_key LIMIT 1""")
			.param(org)
			.query(UUID.class)
			.single();
	}

	/** Keeps the audit thread busy until the latch is counted down: what the test commits meanwhile queues. */
	private CountDownLatch holdAuditThread() {
		CountDownLatch busy = new CountDownLatch(1);
		this.reruns.onAuditThread(() -> {
			try {
				busy.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		return busy;
	}

	private List<UUID> activeKeyResults(UUID org) {
		return this.jdbc.sql("""
				SELECT k.id FROM key_result k JOIN objective o ON o.id = k.objective_id
				WHERE k.organization_id = ? AND o.status = 'ACTIVE' AND k.target IS NOT NULL ORDER BY k.id""")
			.param(org)
			.query(UUID.class)
			.list();
	}

	private long revision(UUID org) {
		return this.jdbc.sql("SELECT revision FROM audit_revision WHERE organization_id = ?")
			.param(org)
			.query(Long.class)
			.single();
	}

	private static <T> T await(Supplier<T> probe) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("not seen within 30 s");
	}

}
