package dev.plumbline.charter;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.organization.CurrentOrganization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a revision writes, read back with plain SQL; and what the store keeps of a version between reads
 * never outlives the version, nor a write that rolled back.
 */
@PlumblineIntegrationTest
class CharterStoreIntegrationTests {

	@Autowired
	ReviseCharter reviseCharter;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CharterQueries queries;

	@Autowired
	CharterStore store;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void storesTheCurrentStateAndAWholeSnapshotPerVersion() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.jdbc.sql("SELECT version, mission, updated_by FROM charter WHERE organization_id = :org")
			.param("org", org.id())
			.query((rs, i) -> List.of(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class)))
			.single()).containsExactly(1L, "We run clinics for everyone.", org.leader().userId());
		assertThat(this.jdbc.sql("SELECT pillar_key, weight, position FROM charter_pillar WHERE organization_id = :org ORDER BY position")
			.param("org", org.id())
			.query((rs, i) -> rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getInt(3))
			.list()).containsExactly("access:5:0", "quality:3:1");
		assertThat(this.jdbc.sql("SELECT text FROM charter_value_behavior WHERE organization_id = :org")
			.param("org", org.id())
			.query(String.class)
			.list()).containsExactly("Greet by name");
		String snapshot = this.jdbc.sql("SELECT snapshot FROM charter_version WHERE organization_id = :org AND version = 1")
			.param("org", org.id())
			.query(String.class)
			.single();
		assertThat(CharterSnapshots.read(snapshot)).isEqualTo(TestOrganizations.sampleCharter());
	}

	@Test
	void keepsThePillarRowOfAKeyAcrossVersionsSoThatLinksToItSurvive() {
		TestOrganization org = this.organizations.withCharter();
		UUID accessBefore = pillarId(org.id(), "access");
		CurrentOrganization leader = this.organizations.as(org.slug(), org.leader());
		CharterContent sample = TestOrganizations.sampleCharter();
		this.reviseCharter.revise(leader, 1, new CharterContent(sample.vision(), sample.mission(), sample.values(),
				List.of(new Pillar(null, "Prevention", "", 2), new Pillar("access", "Access to care", "", 4))));
		assertThat(pillarId(org.id(), "access")).isEqualTo(accessBefore);
		assertThat(this.jdbc.sql("SELECT pillar_key FROM charter_pillar WHERE organization_id = :org ORDER BY position")
			.param("org", org.id())
			.query(String.class)
			.list()).containsExactly("prevention", "access");
	}

	@Test
	void recordsEveryRevisionInTheTrail() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.jdbc.sql("SELECT actor_name || ' ' || action || ' ' || subject FROM activity WHERE organization_id = :org AND action = 'charter.revised'")
			.param("org", org.id())
			.query(String.class)
			.list()).containsExactly(org.leader().email() + " charter.revised charter v1");
	}

	@Test
	void aRevisionIsReadAtOnceThoughTheItemsOfAVersionAreKept() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.queries.current(org.id()).content().pillars()).extracting(Pillar::key).containsExactly("access", "quality");
		CharterContent sample = TestOrganizations.sampleCharter();
		this.reviseCharter.revise(this.organizations.as(org.slug(), org.leader()), 1, new CharterContent(sample.vision(),
				sample.mission(), List.of(), List.of(new Pillar("reach", "Reach", "", 1))));
		Charter revised = this.queries.current(org.id());
		assertThat(revised.version()).isEqualTo(2);
		assertThat(revised.content().pillars()).extracting(Pillar::key).containsExactly("reach");
		assertThat(revised.content().values()).isEmpty();
	}

	@Test
	void itemsReadInsideAWriteThatRollsBackAreNotKept() {
		TestOrganization org = this.organizations.withCharter();
		CharterContent sample = TestOrganizations.sampleCharter();
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.executeWithoutResult(status -> {
			// version 2 with other pillars, read inside the writing transaction, then rolled back
			assertThat(this.store.update(org.id(), 1, sample, java.time.Instant.now(), org.leader().userId())).isTrue();
			CharterContent ghost = new CharterContent(sample.vision(), sample.mission(), List.of(),
					List.of(new Pillar("ghost", "Ghost", "", 1)));
			this.store.replaceItems(org.id(), ghost);
			this.store.insertVersion(org.id(), 2, ghost, java.time.Instant.now(), org.leader().userId(), "Ghost", "ghost");
			assertThat(this.store.find(org.id()).orElseThrow().content().pillars()).extracting(Pillar::key).containsExactly("ghost");
			status.setRollbackOnly();
		});
		// the same version 2 written for real, by the store alone (nothing reads the charter in between)
		CharterContent reach = new CharterContent(sample.vision(), sample.mission(), sample.values(),
				List.of(new Pillar("reach", "Reach", "", 1)));
		template.executeWithoutResult(status -> {
			assertThat(this.store.update(org.id(), 1, reach, java.time.Instant.now(), org.leader().userId())).isTrue();
			this.store.replaceItems(org.id(), reach);
			this.store.insertVersion(org.id(), 2, reach, java.time.Instant.now(), org.leader().userId(), "Reach", "reach");
		});
		Charter current = this.queries.current(org.id());
		assertThat(current.version()).isEqualTo(2);
		assertThat(current.content().pillars()).extracting(Pillar::key).containsExactly("reach");
		assertThat(current.content().values()).isEqualTo(sample.values());
	}

	private UUID pillarId(UUID organizationId, String key) {
		return this.jdbc.sql("SELECT id FROM charter_pillar WHERE organization_id = :org AND pillar_key = :key")
			.param("org", organizationId)
			.param("key", key)
			.query(UUID.class)
			.single();
	}

}
