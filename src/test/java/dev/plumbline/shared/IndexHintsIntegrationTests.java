package dev.plumbline.shared;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 a hinted query reads through the named index — not through the organization's, which H2 picks
 * for {@code organization_id = ? AND key_result_id IN (…)} by itself — and every index the code names
 * exists; on PostgreSQL nothing is added.
 */
@PlumblineIntegrationTest
class IndexHintsIntegrationTests {

	/** Every index named in an {@link IndexHints#table} call of the application. */
	static final List<String> NAMED = List.of("check_in_latest_idx", "key_result_objective_idx",
			"objective_parent_idx", "kpi_measurement_kpi_idx", "person_name_idx", "team_name_idx");

	@Autowired
	IndexHints hints;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hintedQueriesReadThroughTheNamedIndexOnH2AndAreUntouchedOnPostgreSql() {
		String from = this.hints.table("check_in", "check_in_latest_idx");
		if (ScratchDatabase.postgres()) {
			assertThat(from).isEqualTo("check_in");
			return;
		}
		assertThat(from).isEqualTo("check_in USE INDEX (check_in_latest_idx)");
		String sql = "EXPLAIN SELECT key_result_id FROM %s WHERE organization_id = ? AND key_result_id IN (?, ?)";
		Object[] params = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
		String unhinted = this.jdbc.sql(sql.formatted("check_in")).params(params).query(String.class).single();
		String hinted = this.jdbc.sql(sql.formatted(from)).params(params).query(String.class).single();
		// the plan H2 chooses by itself starts from the organization, the hinted one from the key results
		assertThat(unhinted).doesNotContain("check_in_latest_idx: key_result_id IN");
		assertThat(hinted).contains("check_in_latest_idx: key_result_id IN");
		// a range on a later column must not take the IN list's place (it did on (kpi_id, measured_on))
		String measurements = this.jdbc.sql("EXPLAIN SELECT kpi_id FROM "
				+ this.hints.table("kpi_measurement", "kpi_measurement_kpi_idx")
				+ " WHERE organization_id = ? AND kpi_id IN (?, ?) AND measured_on >= CURRENT_DATE")
			.params(params).query(String.class).single();
		assertThat(measurements).contains("kpi_measurement_kpi_idx: kpi_id IN");
		for (String index : NAMED) {
			assertThat(this.jdbc.sql("SELECT count(*) FROM information_schema.indexes WHERE index_name = ?")
				.param(index).query(Long.class).single()).as(index).isEqualTo(1);
		}
	}

}
