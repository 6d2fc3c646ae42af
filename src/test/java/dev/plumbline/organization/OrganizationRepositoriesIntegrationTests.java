package dev.plumbline.organization;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Spring Data JDBC mappings of organizations, accounts and memberships, checked column by column.
 */
@PlumblineIntegrationTest
class OrganizationRepositoriesIntegrationTests {

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	AccountRepository accounts;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesAndFindsAnOrganizationBySlug() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Organization organization = Organization.create("repo-" + now.toEpochMilli(), "Repo Co", now);
		this.aggregates.insert(organization);
		assertThat(this.jdbc.sql("SELECT slug, name, version FROM organization WHERE id = :id")
			.param("id", organization.id())
			.query((rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3))
			.single()).isEqualTo(organization.slug() + "|Repo Co|0");
		assertThat(this.organizations.findBySlug(organization.slug())).hasValueSatisfying(found -> {
			assertThat(found.name()).isEqualTo("Repo Co");
			assertThat(found.createdAt()).isEqualTo(now);
		});
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.aggregates.insert(Organization.create(organization.slug(), "Twin", now)));
	}

	@Test
	void storesEmailsLowerCaseAndRolesByName() {
		Instant now = Instant.now();
		Account account = Account.create("  Ada@Example.ORG ", "Ada", "{noop}x", now);
		this.aggregates.insert(account);
		assertThat(this.jdbc.sql("SELECT email FROM account WHERE id = :id").param("id", account.id()).query(String.class).single())
			.isEqualTo("ada@example.org");
		Organization organization = Organization.create("roles-" + now.toEpochMilli(), "Roles", now);
		this.aggregates.insert(organization);
		Membership membership = Membership.create(organization.id(), account.id(), Role.STAKEHOLDER, now);
		this.aggregates.insert(membership);
		assertThat(this.jdbc.sql("SELECT role FROM membership WHERE id = :id").param("id", membership.id()).query(String.class).single())
			.isEqualTo("STAKEHOLDER");
		Membership saved = this.memberships.findById(membership.id()).orElseThrow();
		this.memberships.save(saved.withRole(Role.LEADER));
		assertThat(this.memberships.findByOrganizationIdAndAccountId(organization.id(), account.id()))
			.hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.LEADER));
	}

	@Test
	void countsFailedLoginsAtomicallyAndLocks() {
		Instant now = Instant.now();
		Account account = Account.create("lock-" + now.toEpochMilli() + "@example.org", "Lock", "{noop}x", now);
		this.aggregates.insert(account);
		for (int i = 0; i < 3; i++) {
			this.accounts.countFailure(account.email());
		}
		assertThat(this.accounts.lockIfOver(account.email(), 4, now.plusSeconds(60))).isZero();
		this.accounts.countFailure(account.email());
		assertThat(this.accounts.lockIfOver(account.email(), 4, now.plusSeconds(60))).isOne();
		Account locked = this.accounts.findByEmail(account.email()).orElseThrow();
		assertThat(locked.lockedAt(now)).isTrue();
		assertThat(locked.lockedAt(now.plusSeconds(61))).isFalse();
		assertThat(locked.failedLogins()).isZero();
	}

}
