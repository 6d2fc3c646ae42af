package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A KPI's sparkline is kept until its measurements change through the application (one recorded, or an
 * upload), and never shown to another organization. Changes made with SQL behind the application's back
 * move no revision: they tell a kept sparkline from one read again.
 */
@PlumblineIntegrationTest
class KpiSparklinesKeptIntegrationTests {

	@Autowired
	KpiSparklines sparklines;

	@Autowired
	ImportMeasurements importMeasurements;

	@Autowired
	JdbcClient jdbc;

	KpiFixture kpis;

	@BeforeEach
	void fixture(@Autowired AutowireCapableBeanFactory beans) {
		this.kpis = beans.createBean(KpiFixture.class);
	}

	@Test
	void aSparklineIsKeptUntilAMeasurementIsRecordedOrUploaded() {
		KpiFixture.Org org = this.kpis.organization();
		LocalDate today = this.kpis.today();
		UUID kpi = this.kpis.create(org, "kept");
		this.kpis.measure(org, kpi, today.minusDays(2), "3");
		this.kpis.measure(org, kpi, today.minusDays(1), "4");
		assertThat(values(org, kpi)).containsExactly("3", "4");

		this.jdbc.sql("DELETE FROM kpi_measurement WHERE kpi_id = ?").param(kpi).update();
		assertThat(values(org, kpi)).as("kept: the rows deleted behind its back are still drawn").containsExactly("3", "4");

		this.kpis.measure(org, kpi, today, "5");
		assertThat(values(org, kpi)).as("read again after a measurement").containsExactly("5");

		this.jdbc.sql("DELETE FROM kpi_measurement WHERE kpi_id = ?").param(kpi).update();
		this.importMeasurements.importCsv(org.asLeader(), "kpi_key,date,value\nkept," + today.minusDays(3) + ",6\n");
		assertThat(values(org, kpi)).as("read again after an upload").containsExactly("6");
	}

	@Test
	void anotherOrganizationAskingForTheKpiGetsNothingKeptOrNot() {
		KpiFixture.Org org = this.kpis.organization();
		UUID kpi = this.kpis.create(org, "theirs");
		this.kpis.measure(org, kpi, this.kpis.today(), "7");
		assertThat(values(org, kpi)).containsExactly("7");

		KpiFixture.Org other = this.kpis.organization();
		assertThat(this.sparklines.recent(other.org().id(), List.of(kpi), this.kpis.today().minusYears(1), 60))
			.isEmpty();
	}

	private List<String> values(KpiFixture.Org org, UUID kpi) {
		return this.sparklines.recent(org.org().id(), List.of(kpi), this.kpis.today().minusYears(1), 60)
			.getOrDefault(kpi, List.of())
			.stream()
			.map(Measurement::value)
			.map(BigDecimal::toPlainString)
			.toList();
	}

}
