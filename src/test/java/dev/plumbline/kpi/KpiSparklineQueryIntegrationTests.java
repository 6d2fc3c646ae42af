package dev.plumbline.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;

/**
 * The scorecard's query thins each KPI's measurements in the database to exactly the rows
 * {@link KpiSparklines#spread} picks in Java, for series shorter and longer than the points drawn (on H2 and
 * on PostgreSQL), and reads nothing before {@code since} or of another organization.
 */
@PlumblineIntegrationTest
class KpiSparklineQueryIntegrationTests {

	private static final int[] SERIES = { 1, 2, 3, 59, 60, 61, 62, 119, 365, 366, 400 };

	@Autowired
	KpiQueries queries;

	@Autowired
	KpiSparklines sparklines;

	@Autowired
	JdbcClient jdbc;

	KpiFixture kpis;

	@BeforeEach
	void fixture(@Autowired AutowireCapableBeanFactory beans) {
		this.kpis = beans.createBean(KpiFixture.class);
	}

	@Test
	void thinsEachSeriesToTheRowsSpreadPicks() {
		KpiFixture.Org org = this.kpis.organization();
		LocalDate today = this.kpis.today();
		LocalDate since = today.minusYears(1);
		Map<UUID, List<Measurement>> all = new LinkedHashMap<>();
		for (int n : SERIES) {
			UUID kpi = this.kpis.create(org, "series-" + n);
			// n days ending today; the longest begin before `since`, the others get a day before it: the
			// query leaves those out
			measure(org.org().id(), kpi, today.minusDays(n - 1), n);
			if (today.minusDays(n - 1).isAfter(since)) {
				measure(org.org().id(), kpi, since.minusDays(10), 1);
			}
			all.put(kpi, this.queries.measurements(org.org().id(), kpi).stream().filter(m -> !m.date().isBefore(since)).toList());
		}
		KpiFixture.Org other = this.kpis.organization();
		UUID foreign = this.kpis.create(other, "foreign");
		measure(other.org().id(), foreign, today.minusDays(99), 100);
		List<UUID> ids = new ArrayList<>(all.keySet());
		ids.add(foreign);

		for (int points : new int[] { 2, 7, 60 }) {
			Map<UUID, List<Measurement>> recent = this.sparklines.recent(org.org().id(), ids, since, points);
			assertThat(recent).as("only this organization's KPIs").doesNotContainKey(foreign).hasSize(SERIES.length);
			for (int i = 0; i < SERIES.length; i++) {
				UUID kpi = ids.get(i);
				List<Measurement> expected = KpiSparklines.spread(all.get(kpi), points);
				assertThat(recent.get(kpi)).as("%d measurements, %d points", SERIES[i], points)
					.hasSize(Math.min(all.get(kpi).size(), points))
					.isEqualTo(expected);
			}
		}
	}

	/** {@code count} daily measurements from {@code first} on, valued by their day number. */
	private void measure(UUID organizationId, UUID kpi, LocalDate first, int count) {
		for (int i = 0; i < count; i++) {
			this.jdbc.sql("""
					INSERT INTO kpi_measurement (organization_id, kpi_id, measured_on, measured_value, recorded_at)
					VALUES (:org, :kpi, :on, :value, :at)
					""")
				.param("org", organizationId)
				.param("kpi", kpi)
				.param("on", first.plusDays(i))
				.param("value", BigDecimal.valueOf(i))
				.param("at", java.sql.Timestamp.from(Instant.now()))
				.update();
		}
	}

}
