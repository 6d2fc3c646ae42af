package dev.plumbline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.audit.ChangeAuditThresholds;
import dev.plumbline.interchange.AuditSettingsStore;
import dev.plumbline.interchange.PlanModel;
import dev.plumbline.kpi.EditKpi;
import dev.plumbline.kpi.KpiDraft;
import dev.plumbline.objective.ManageObjectives;
import dev.plumbline.objective.ObjectiveDraft;
import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.objective.ObjectiveFixture;
import dev.plumbline.objective.ObjectiveStatus;
import dev.plumbline.objective.RecordCheckIn;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.ManageMembers;
import dev.plumbline.organization.Role;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.strategy.CreateInitiative;
import dev.plumbline.strategy.InitiativeDraft;
import dev.plumbline.strategy.UpdateInitiative;
import dev.plumbline.kpi.CreateKpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 6, "nothing lost": every place where a user edits something carries the version it was made
 * from. Eight writers race over several rounds; in each round all of them read the same version before
 * any of them writes, so exactly one wins and the seven others are refused with a
 * {@link StaleVersionException}. No update is lost: the version grew once per success, and what is stored
 * is what the last success wrote. Check-ins are appended, so there every writer succeeds and the count is
 * the number of successes. The charter has its own test ({@code ConcurrentCharterEditsIntegrationTests}).
 */
@PlumblineIntegrationTest
@Import(ObjectiveFixture.class)
class ConcurrentEditsIntegrationTests {

	private static final int WRITERS = 8;

	private static final int ROUNDS = 4;

	@Autowired
	ObjectiveFixture fixture;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManageObjectives manageObjectives;

	@Autowired
	RecordCheckIn recordCheckIn;

	@Autowired
	CreateInitiative createInitiative;

	@Autowired
	UpdateInitiative updateInitiative;

	@Autowired
	CreateKpi createKpi;

	@Autowired
	EditKpi editKpi;

	@Autowired
	ChangeAuditThresholds changeThresholds;

	@Autowired
	AuditSettingsStore auditSettings;

	@Autowired
	ManageMembers manageMembers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void objectivesAndTheirKeyResultsLoseNoUpdate() throws Exception {
		ObjectiveFixture.World world = this.fixture.world();
		UUID id = this.fixture.objective(world, "reach", world.leaderPerson(), null, List.of("access"),
				ObjectiveFixture.kr("visits", 0, 100d));
		Race race = race(() -> version("objective", id), (version, value) -> {
			this.manageObjectives.update(world.asLeader(), id, version, draft(world, value));
			return version + 1;
		});
		race.assertNoLostUpdate(version("objective", id), text("SELECT title FROM objective WHERE id = :id", id));
		assertThat(text("SELECT title FROM key_result WHERE objective_id = :id", id))
			.as("the key result was written by the same winner").isEqualTo("KR of " + race.lastWinner());
	}

	@Test
	void initiativesLoseNoUpdate() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization leader = this.organizations.as(org.slug(), org.leader());
		UUID id = this.createInitiative.create(leader, initiative("Start"));
		Race race = race(() -> version("initiative", id),
				(version, value) -> this.updateInitiative.update(leader, id, version, initiative(value)));
		race.assertNoLostUpdate(version("initiative", id), text("SELECT name FROM initiative WHERE id = :id", id));
	}

	@Test
	void kpisLoseNoUpdate() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization leader = this.organizations.as(org.slug(), org.leader());
		UUID id = this.createKpi.create(leader, kpi("Start"));
		Race race = race(() -> version("kpi", id), (version, value) -> this.editKpi.edit(leader, id, version, kpi(value)));
		race.assertNoLostUpdate(version("kpi", id), text("SELECT name FROM kpi WHERE id = :id", id));
	}

	@Test
	void auditThresholdsLoseNoUpdate() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		CurrentOrganization leader = this.organizations.as(org.slug(), org.leader());
		AtomicInteger days = new AtomicInteger(40);
		Map<String, Integer> written = new ConcurrentHashMap<>();
		Race race = race(() -> this.auditSettings.find(org.id()).version(), (version, value) -> {
			int zombieDays = days.incrementAndGet();
			written.put(value, zombieDays);
			return this.changeThresholds.change(leader, withZombieDays(zombieDays), version);
		});
		AuditSettingsStore.Versioned stored = this.auditSettings.find(org.id());
		race.assertNoLostUpdate(stored.version(), written.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(stored.settings().zombieInactivityDays()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow());
	}

	@Test
	void memberRolesLoseNoUpdate() throws Exception {
		TestOrganization org = this.organizations.create();
		CurrentOrganization admin = this.organizations.as(org.slug(), org.admin());
		UUID membership = this.jdbc.sql("SELECT id FROM membership WHERE organization_id = :org AND account_id = :account")
			.param("org", org.id())
			.param("account", org.member().userId())
			.query(UUID.class)
			.single();
		Role[] roles = { Role.LEADER, Role.MEMBER, Role.STAKEHOLDER };
		AtomicInteger next = new AtomicInteger();
		Map<String, Role> written = new ConcurrentHashMap<>();
		Race race = race(() -> version("membership", membership), (version, value) -> {
			Role role = roles[next.getAndIncrement() % roles.length];
			written.put(value, role);
			this.manageMembers.changeRole(admin, membership, version, role);
			return version + 1;
		});
		String stored = text("SELECT role FROM membership WHERE id = :id", membership);
		assertThat(stored).isEqualTo(written.get(race.lastWinner()).name());
		race.assertNoLostUpdate(version("membership", membership), race.lastWinner());
	}

	@Test
	void aStaleRoleChangeOnThePageIsRefusedInPlainWords() {
		TestOrganization org = this.organizations.create();
		CurrentOrganization admin = this.organizations.as(org.slug(), org.admin());
		UUID membership = this.jdbc.sql("SELECT id FROM membership WHERE organization_id = :org AND account_id = :account")
			.param("org", org.id())
			.param("account", org.member().userId())
			.query(UUID.class)
			.single();
		long version = version("membership", membership);
		this.manageMembers.changeRole(admin, membership, version, Role.LEADER);
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> this.manageMembers.remove(admin, membership, version))
			.withMessageContaining("was changed meanwhile")
			.withMessageContaining("Reload the members page");
		assertThat(text("SELECT role FROM membership WHERE id = :id", membership)).isEqualTo("LEADER");
	}

	@Test
	void parallelCheckInsAreAllKept() throws Exception {
		ObjectiveFixture.World world = this.fixture.world();
		UUID id = this.fixture.objective(world, "counted", world.leaderPerson(), null, List.of("access"),
				ObjectiveFixture.kr("visits", 0, 100d));
		UUID keyResult = this.fixture.keyResults(world, id).get(0);
		int perWriter = 10;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<Integer>> results = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			results.add(pool.submit(() -> {
				start.await();
				int done = 0;
				for (int i = 0; i < perWriter; i++) {
					this.recordCheckIn.record(world.asLeader(), keyResult, new RecordCheckIn.CheckIn(LocalDate.now(),
							BigDecimal.valueOf(writer * 100 + i), null, "writer " + writer + " #" + i));
					done++;
				}
				return done;
			}));
		}
		start.countDown();
		int successes = 0;
		for (Future<Integer> result : results) {
			successes += result.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(successes).isEqualTo(WRITERS * perWriter);
		assertThat(this.jdbc.sql("SELECT count(*) FROM check_in WHERE key_result_id = :kr")
			.param("kr", keyResult)
			.query(Long.class)
			.single()).isEqualTo(successes);
		assertThat(this.jdbc.sql("SELECT count(DISTINCT note) FROM check_in WHERE key_result_id = :kr")
			.param("kr", keyResult)
			.query(Long.class)
			.single()).as("every check-in is its own").isEqualTo(successes);
	}

	/** A writer's attempt: writes {@code value} from {@code version}, returns the version it made. */
	@FunctionalInterface
	interface Write {

		long write(long version, String value) throws Exception;

	}

	/** The outcome of a race: which value made which version, and how many writers were refused. */
	record Race(long initialVersion, Map<Long, String> wins, int refused) {

		String lastWinner() {
			return this.wins.get(this.wins.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
		}

		void assertNoLostUpdate(long finalVersion, String stored) {
			assertThat(this.wins).as("one winner per round").hasSize(ROUNDS);
			assertThat(this.refused).as("the others were refused as stale").isEqualTo(ROUNDS * (WRITERS - 1));
			assertThat(this.wins.keySet()).as("every success made the next version")
				.containsExactlyInAnyOrderElementsOf(
						LongStream.rangeClosed(this.initialVersion + 1, this.initialVersion + ROUNDS).boxed().toList());
			assertThat(finalVersion).isEqualTo(this.initialVersion + ROUNDS);
			assertThat(stored).as("what is stored is the last success").isEqualTo(lastWinner());
		}

	}

	/**
	 * {@value #ROUNDS} rounds of {@value #WRITERS} writers: each reads the version, waits for the others to
	 * have read it too, then writes.
	 */
	private static Race race(LongSupplier readVersion, Write write) throws Exception {
		long initial = readVersion.getAsLong();
		CyclicBarrier allHaveRead = new CyclicBarrier(WRITERS);
		Map<Long, String> wins = new ConcurrentHashMap<>();
		AtomicInteger refused = new AtomicInteger();
		List<String> unexpected = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.add(pool.submit(() -> {
				for (int round = 0; round < ROUNDS; round++) {
					long version = readVersion.getAsLong();
					allHaveRead.await(60, TimeUnit.SECONDS);
					String value = "writer " + writer + " round " + round;
					try {
						long made = write.write(version, value);
						String before = wins.putIfAbsent(made, value);
						if (before != null) {
							unexpected.add("version " + made + " made twice: " + before + ", " + value);
						}
					}
					catch (StaleVersionException ex) {
						refused.incrementAndGet();
					}
					allHaveRead.await(60, TimeUnit.SECONDS);
				}
				return null;
			}));
		}
		for (Future<?> writer : writers) {
			writer.get(180, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(unexpected).isEmpty();
		return new Race(initial, wins, refused.get());
	}

	private long version(String table, UUID id) {
		return this.jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", id).query(Long.class).single();
	}

	private String text(String sql, UUID id) {
		return this.jdbc.sql(sql).param("id", id).query(String.class).single();
	}

	private static ObjectiveDraft draft(ObjectiveFixture.World world, String value) {
		return new ObjectiveDraft("reach", value, "", world.leaderPerson(), world.team(), null, List.of("access"), null,
				LocalDate.now().minusDays(30), LocalDate.now().plusDays(60), ObjectiveStatus.ACTIVE,
				List.of(new KeyResultDraft("visits", "KR of " + value, "%", BigDecimal.ZERO, BigDecimal.valueOf(100), null)));
	}

	private static InitiativeDraft initiative(String name) {
		return new InitiativeDraft("raced", name, "", null, "ACTIVE", null, null, null, null, null, List.of("access"),
				List.of(), List.of());
	}

	private static KpiDraft kpi(String name) {
		return new KpiDraft("raced", name, "%", null, List.of("access"), "monthly", "increase", new BigDecimal("95"),
				new BigDecimal("80"), new BigDecimal("90"));
	}

	private static PlanModel.AuditSettings withZombieDays(int days) {
		return new PlanModel.AuditSettings(days, null, null, null, null, null, null, null, null, null, null, null);
	}

}
