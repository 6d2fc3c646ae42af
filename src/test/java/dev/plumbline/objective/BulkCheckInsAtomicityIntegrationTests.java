package dev.plumbline.objective;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 6, "nothing lost": a CSV of check-ins is stored whole or not at all — both when a line is
 * refused before anything is written, and when the database refuses a row after earlier rows of the same
 * upload were already written (a value too large for its column).
 */
@PlumblineIntegrationTest
@Import(ObjectiveFixture.class)
class BulkCheckInsAtomicityIntegrationTests {

	@Autowired
	ObjectiveFixture fixture;

	@Autowired
	RecordCheckIn recordCheckIn;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefusedLineKeepsEveryOtherLineOut() {
		ObjectiveFixture.World world = this.fixture.world();
		UUID keyResult = keyResult(world);
		StringBuilder csv = new StringBuilder("key_result_key,date,value,confidence,note\n");
		for (int i = 0; i < 200; i++) {
			csv.append("reach.visits,").append(LocalDate.now().minusDays(i % 30)).append(',').append(i).append(",0.5,ok\n");
		}
		csv.append("reach.visits,not-a-date,1,0.5,bad\n");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.recordCheckIn.importCsv(world.asLeader(), csv.toString()))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.satisfies(p -> assertThat(p.field()).isEqualTo("line 202")));
		assertThat(checkIns(keyResult)).isZero();
	}

	@Test
	void aRowTheDatabaseRefusesMidwayRollsBackTheRowsBeforeIt() {
		ObjectiveFixture.World world = this.fixture.world();
		UUID keyResult = keyResult(world);
		StringBuilder csv = new StringBuilder("key_result_key,date,value,confidence,note\n");
		for (int i = 0; i < 200; i++) {
			csv.append("reach.visits,").append(LocalDate.now()).append(',').append(i).append(",0.5,ok\n");
		}
		// NUMERIC(18, 4) holds 14 digits before the point: this row passes the checks, then fails to insert.
		csv.append("reach.visits,").append(LocalDate.now()).append(",123456789012345678901,0.5,too big\n");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.recordCheckIn.importCsv(world.asLeader(), csv.toString()));
		assertThat(checkIns(keyResult)).as("none of the 200 rows written before the failure").isZero();

		assertThat(this.recordCheckIn.importCsv(world.asLeader(), csv.substring(0, csv.lastIndexOf("reach.visits"))))
			.isEqualTo(200);
		assertThat(checkIns(keyResult)).isEqualTo(200);
	}

	private UUID keyResult(ObjectiveFixture.World world) {
		UUID objective = this.fixture.objective(world, "reach", world.leaderPerson(), null, List.of("access"),
				ObjectiveFixture.kr("visits", 0, 100d));
		return this.fixture.keyResults(world, objective).get(0);
	}

	private long checkIns(UUID keyResult) {
		return this.jdbc.sql("SELECT count(*) FROM check_in WHERE key_result_id = :kr")
			.param("kr", keyResult)
			.query(Long.class)
			.single();
	}

}
