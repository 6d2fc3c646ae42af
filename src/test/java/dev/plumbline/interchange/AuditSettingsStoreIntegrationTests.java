package dev.plumbline.interchange;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PlumblineIntegrationTest
class AuditSettingsStoreIntegrationTests {

	private static final AuditSettings SOME = new AuditSettings(90, null, new BigDecimal("0.5"), null, null, null,
			null, new BigDecimal("2"), 3, null, null, null);

	@Autowired
	AuditSettingsStore store;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrganizationWithoutSettingsHasTheDefaults() {
		TestOrganization org = this.organizations.create();
		assertThat(this.store.get(org.id())).isEqualTo(AuditSettings.DEFAULTS);
		assertThat(this.store.find(org.id()).version()).isZero();
	}

	@Test
	void savesOneNullableColumnPerSettingAndReadsThemBack() {
		TestOrganization org = this.organizations.create();
		assertThat(this.store.save(org.id(), SOME, 0)).isEqualTo(1);

		assertThat(this.store.get(org.id())).isEqualTo(SOME);
		assertThat(this.jdbc.sql("""
				SELECT zombie_inactivity_days, off_track_points, anonymity_minimum FROM organization_audit_setting
				WHERE organization_id = :org
				""").param("org", org.id()).query((rs, i) -> rs.getInt(1) + "/" + rs.getObject(2) + "/" + rs.getInt(3))
			.single()).isEqualTo("90/null/3");
	}

	@Test
	void aSaveFromAnOldVersionIsRefused() {
		TestOrganization org = this.organizations.create();
		this.store.save(org.id(), SOME, 0);
		this.store.save(org.id(), AuditSettings.DEFAULTS, 1);

		assertThatThrownBy(() -> this.store.save(org.id(), SOME, 1)).isInstanceOfSatisfying(StaleVersionException.class,
				ex -> assertThat(ex.currentVersion()).isEqualTo(2));
		assertThatThrownBy(() -> this.store.save(org.id(), SOME, 0)).isInstanceOf(StaleVersionException.class);
		assertThat(this.store.get(org.id())).isEqualTo(AuditSettings.DEFAULTS);
	}

	@Test
	void refusesEverySettingOutOfRangeAtItsBoundary() {
		TestOrganization org = this.organizations.create();
		AuditSettings bad = new AuditSettings(3651, -1, new BigDecimal("1.01"), 0, new BigDecimal("0.99"),
				new BigDecimal("10.5"), 0, new BigDecimal("100.1"), 0, new BigDecimal("-0.1"), 101, 0);
		assertThatThrownBy(() -> this.store.save(org.id(), bad, 0)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("audit.zombieInactivityDays", "audit.offTrackPoints", "audit.offTrackConfidence",
							"audit.staleObjectiveDays", "audit.achievableRateMultiple", "audit.misallocationTolerance",
							"audit.overloadedOwnerMax", "audit.staleKpiCadenceMultiple", "audit.anonymityMinimum",
							"audit.lowSentimentShare", "audit.perceptionGapPoints", "audit.unresolvedConcernDays"));
		AuditSettings edges = new AuditSettings(3650, 100, BigDecimal.ONE, 1, BigDecimal.ONE, BigDecimal.TEN, 1,
				new BigDecimal("100"), 1, BigDecimal.ZERO, 0, 1);
		assertThat(AuditSettingsStore.problems(edges)).isEmpty();
	}

}
