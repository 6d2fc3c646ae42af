package dev.plumbline.kpi;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo KPIs: ten, a year of measurements each at their cadence, some deliberately off for the audit.
 */
@PlumblineIntegrationTest
class DemoKpisIntegrationTests {

	@Autowired
	KpiQueries queries;

	@Test
	void seedsTenKpisWithAYearOfMeasurementsSomeRedSomeStaleOneWithoutOwner(@Autowired AutowireCapableBeanFactory beans) {
		TestOrganization org = beans.createBean(DemoKpiData.class).seed();
		List<Kpi> kpis = this.queries.all(org.id());
		assertThat(kpis).hasSize(10);
		assertThat(kpis).filteredOn(k -> k.status() == KpiStatus.RED).extracting(Kpi::key)
			.containsExactlyInAnyOrder("vaccination-rate", "no-show-rate", "grant-revenue");
		assertThat(kpis).filteredOn(k -> k.stale(this.queries.today())).extracting(Kpi::key)
			.containsExactlyInAnyOrder("patient-satisfaction", "grant-revenue");
		assertThat(kpis).filteredOn(k -> k.ownerId() == null).extracting(Kpi::key).containsExactly("er-visits-avoided");
		assertThat(kpis).extracting(Kpi::status).contains(KpiStatus.GREEN, KpiStatus.AMBER);
		Kpi patients = kpis.stream().filter(k -> k.key().equals("patients-seen")).findFirst().orElseThrow();
		assertThat(this.queries.measurements(org.id(), patients.id())).hasSizeBetween(50, 53);
		Kpi turnover = kpis.stream().filter(k -> k.key().equals("staff-turnover")).findFirst().orElseThrow();
		assertThat(this.queries.measurements(org.id(), turnover.id())).hasSize(4);
	}

}
