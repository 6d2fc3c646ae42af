package dev.plumbline.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up warning about PostgreSQL without autovacuum: given exactly when the server has it off. */
@PlumblineIntegrationTest
class AutovacuumCheckIntegrationTests {

	@Autowired
	AutovacuumCheck check;

	@Autowired
	JdbcClient jdbc;

	@Test
	void warnsOnPostgreSqlWithAutovacuumOffAndNeverOnH2() {
		if (!ScratchDatabase.postgres()) {
			assertThat(this.check.warning()).isEmpty();
			return;
		}
		String autovacuum = this.jdbc.sql("SHOW autovacuum").query(String.class).single();
		// this machine's CI configuration has it off; a bench run turns it on for a while
		assertThat(this.check.warning().isPresent()).as("warned, autovacuum being " + autovacuum)
			.isEqualTo(autovacuum.equals("off"));
	}

	@Test
	void namesTheSettingAndTheRemedy() {
		assertThat(AutovacuumCheck.warningFor("off")).hasValueSatisfying(
				warning -> assertThat(warning).contains("autovacuum off", "autovacuum = on", "ANALYZE"));
		assertThat(AutovacuumCheck.warningFor("on")).isEmpty();
		assertThat(AutovacuumCheck.warningFor(null)).isEmpty();
	}

}
