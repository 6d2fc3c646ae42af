package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.Import;

import dev.plumbline.DemoData;
import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.objective.ObjectiveDraft.KeyResultDraft;
import dev.plumbline.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: the stored roll-up ({@code objective.progress}) equals the roll-up computed afresh after every
 * kind of write — check-ins one by one and by CSV, key results changed, objectives created, moved and
 * deleted, a whole organization imported — and stays right when many people check in on one cascade at once.
 */
@PlumblineIntegrationTest
@Import(ObjectiveFixture.class)
class ObjectiveProgressIntegrationTests {

	private static final Offset<Double> ROUNDING = Offset.offset(1e-9);

	@Autowired
	ObjectiveFixture fixture;

	@Autowired
	ObjectiveProgress progress;

	@Autowired
	ObjectiveQueries queries;

	@Autowired
	ManageObjectives manage;

	@Autowired
	RecordCheckIn recordCheckIn;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Test
	void aCheckInMovesItsObjectiveAndEveryAncestorAndNothingElse() {
		ObjectiveFixture.World world = this.fixture.world();
		UUID top = this.fixture.objective(world, "top", world.leaderPerson(), null, List.of("access"));
		UUID middle = this.fixture.objective(world, "middle", world.leaderPerson(), top, List.of());
		UUID leaf = this.fixture.objective(world, "leaf", world.leaderPerson(), middle, List.of(),
				ObjectiveFixture.kr("visits", 0, 100d));
		UUID sibling = this.fixture.objective(world, "sibling", world.leaderPerson(), top, List.of(),
				ObjectiveFixture.kr("calls", 0, 10d));
		this.fixture.checkIn(world, this.fixture.keyResults(world, sibling).get(0), 5);
		this.fixture.checkIn(world, this.fixture.keyResults(world, leaf).get(0), 40);

		Map<UUID, Double> stored = this.progress.stored(world.org().id());
		assertThat(stored.get(leaf)).isEqualTo(40.0, ROUNDING);
		assertThat(stored.get(middle)).isEqualTo(40.0, ROUNDING);
		assertThat(stored.get(sibling)).isEqualTo(50.0, ROUNDING);
		assertThat(stored.get(top)).isEqualTo(45.0, ROUNDING);
		assertThat(this.queries.item(world.org().id(), top).orElseThrow().percent()).isEqualTo(45);
		assertThat(this.queries.detail(world.org().id(), middle).parent().progress()).as("the parent link")
			.isEqualTo(45.0, ROUNDING);
	}

	@Test
	void everyKindOfWriteKeepsTheStoredRollUpTrue() {
		ObjectiveFixture.World world = this.fixture.world();
		UUID org = world.org().id();
		Random random = new Random(5);
		List<UUID> objectives = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			UUID parent = i == 0 ? null : objectives.get(random.nextInt(i));
			objectives.add(this.fixture.objective(world, "o" + i, world.leaderPerson(), parent, List.of(),
					keyResults(random, random.nextInt(4))));
		}
		assertStoredEqualsRecomputed(org, "after creating the cascade");
		for (int step = 0; step < 60; step++) {
			int index = random.nextInt(objectives.size());
			UUID objective = objectives.get(index);
			List<UUID> keyResults = this.fixture.keyResults(world, objective);
			String what;
			switch (random.nextInt(6)) {
				case 0, 1 -> {
					what = "a check-in";
					if (!keyResults.isEmpty()) {
						this.fixture.checkIn(world, keyResults.get(random.nextInt(keyResults.size())),
								LocalDate.now().minusDays(random.nextInt(3)), random.nextInt(140) - 20, 0.5, "");
					}
				}
				case 2 -> {
					what = "a CSV of check-ins";
					StringBuilder csv = new StringBuilder("key_result_key,date,value,confidence,note\n");
					for (int i = 0; i < 4; i++) {
						ObjectiveViews.Item item = this.queries.item(org, objectives.get(random.nextInt(objectives.size())))
							.orElseThrow();
						this.queries.detail(org, item.id()).keyResults().stream().findFirst().ifPresent(k -> csv
							.append(item.key()).append('.').append(k.key()).append(',').append(LocalDate.now()).append(',')
							.append(random.nextInt(100)).append(",,\n"));
					}
					if (csv.indexOf("\n") < csv.length() - 1) {
						this.recordCheckIn.importCsv(world.asLeader(), csv.toString());
					}
				}
				case 3 -> {
					what = "new key results";
					edit(world, objective, parentOf(org, objective), List.of(keyResults(random, random.nextInt(4))));
				}
				case 4 -> {
					what = "a move";
					// a parent created earlier keeps the cascade free of loops
					UUID parent = index == 0 || random.nextInt(4) == 0 ? null : objectives.get(random.nextInt(index));
					edit(world, objective, parent, null);
				}
				default -> {
					what = "a deletion";
					if (index > 0 && this.queries.detail(org, objective).children().isEmpty()) {
						this.manage.delete(world.asLeader(), objective, this.queries.item(org, objective).orElseThrow().version());
						objectives.set(index, this.fixture.objective(world, "n" + step, world.leaderPerson(),
								objectives.get(random.nextInt(index)), List.of(), keyResults(random, 2)));
					}
				}
			}
			assertStoredEqualsRecomputed(org, "step " + step + ", after " + what);
		}
	}

	@Test
	void anImportedOrganizationHasItsRollUpsStored() {
		TestOrganization org = this.beans.createBean(DemoData.class).seed();
		Map<UUID, Double> stored = this.progress.stored(org.id());
		assertThat(stored).hasSizeGreaterThan(5);
		assertThat(stored.values()).as("the demo has progress to roll up").anyMatch(p -> p > 0);
		assertStoredEqualsRecomputed(org.id(), "after the import");
	}

	@Test
	void checkInsOnSiblingsAtOnceAllReachTheParentWhileItIsEdited() throws Exception {
		ObjectiveFixture.World world = this.fixture.world();
		UUID top = this.fixture.objective(world, "top", world.leaderPerson(), null, List.of("access"));
		UUID parent = this.fixture.objective(world, "parent", world.leaderPerson(), top, List.of());
		int writers = 6;
		List<UUID> keyResults = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			UUID child = this.fixture.objective(world, "child" + i, world.leaderPerson(), parent, List.of(),
					ObjectiveFixture.kr("count", 0, 100d));
			keyResults.add(this.fixture.keyResults(world, child).get(0));
		}
		ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
		try {
			for (int round = 1; round <= 5; round++) {
				CyclicBarrier start = new CyclicBarrier(writers + 1);
				List<Future<?>> done = new ArrayList<>();
				int value = round * 15;
				for (UUID keyResult : keyResults) {
					done.add(pool.submit(() -> {
						start.await();
						this.fixture.checkIn(world, keyResult, value);
						return null;
					}));
				}
				done.add(pool.submit(() -> {
					start.await();
					edit(world, parent, top, null);
					return null;
				}));
				for (Future<?> future : done) {
					future.get(60, TimeUnit.SECONDS);
				}
				Map<UUID, Double> stored = this.progress.stored(world.org().id());
				assertThat(stored.get(parent)).as("round %d", round).isEqualTo(value, ROUNDING);
				assertThat(stored.get(top)).as("round %d", round).isEqualTo(value, ROUNDING);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertStoredEqualsRecomputed(world.org().id(), "after the concurrent check-ins");
	}

	@Test
	void aRefusedEditLeavesTheRollUpAsItWas() {
		ObjectiveFixture.World world = this.fixture.world();
		UUID top = this.fixture.objective(world, "top", world.leaderPerson(), null, List.of("access"),
				ObjectiveFixture.kr("visits", 0, 100d));
		this.fixture.checkIn(world, this.fixture.keyResults(world, top).get(0), 30);
		UUID child = this.fixture.objective(world, "child", world.leaderPerson(), top, List.of());
		Map<UUID, Double> before = this.progress.stored(world.org().id());
		InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
				() -> edit(world, top, child, null));
		assertThat(refused).as("a loop is refused").isNotNull();
		assertThat(this.progress.stored(world.org().id())).isEqualTo(before);
	}

	private void edit(ObjectiveFixture.World world, UUID id, UUID parent, List<KeyResultDraft> keyResults) {
		UUID org = world.org().id();
		ObjectiveViews.Detail detail = this.queries.detail(org, id);
		ObjectiveViews.Item item = detail.objective();
		List<KeyResultDraft> results = keyResults != null ? keyResults
				: detail.keyResults().stream().map(k -> new KeyResultDraft(k.key(), k.title(), k.unit(), k.baseline(),
						k.target(), k.direction())).toList();
		this.manage.update(world.asLeader(), id, item.version(), new ObjectiveDraft(item.key(), item.title(),
				detail.description(), item.ownerId(), item.teamId(), parent, item.pillars(), item.priority(), item.start(),
				item.due(), item.status(), results));
	}

	private UUID parentOf(UUID org, UUID id) {
		ObjectiveViews.Link parent = this.queries.detail(org, id).parent();
		return parent == null ? null : parent.id();
	}

	private static KeyResultDraft[] keyResults(Random random, int count) {
		KeyResultDraft[] results = new KeyResultDraft[count];
		for (int i = 0; i < count; i++) {
			double baseline = random.nextInt(3) * 10;
			Double target = random.nextInt(6) == 0 ? null : baseline + (random.nextBoolean() ? 50 : -30);
			Direction direction = target != null && target < baseline ? Direction.DECREASE : Direction.INCREASE;
			results[i] = new KeyResultDraft("k" + i, "KR " + i, "%", BigDecimal.valueOf(baseline),
					target == null ? null : BigDecimal.valueOf(target), direction);
		}
		return results;
	}

	private void assertStoredEqualsRecomputed(UUID org, String when) {
		Map<UUID, Double> stored = this.progress.stored(org);
		Map<UUID, Double> recomputed = this.progress.recomputed(org);
		assertThat(stored.keySet()).as(when).isEqualTo(recomputed.keySet());
		recomputed.forEach((id, value) -> assertThat(stored.get(id)).as("%s: objective %s", when, id)
			.isEqualTo(value, ROUNDING));
	}

}
