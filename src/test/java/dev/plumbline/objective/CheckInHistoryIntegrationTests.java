package dev.plumbline.objective;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.DemoData;
import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.OrganizationFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several key results' check-ins read at once are exactly what the export lists for them, and a key
 * result of another organization is never read.
 */
@PlumblineIntegrationTest
class CheckInHistoryIntegrationTests {

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	CheckInHistory history;

	@Autowired
	ExportOrganization export;

	@Autowired
	JdbcClient jdbc;

	@Test
	void readsSeveralKeyResultsAsTheExportListsThemAndOnlyTheOrganizations() {
		TestOrganization mine = this.beans.createBean(DemoData.class).seed();
		TestOrganization theirs = this.beans.createBean(DemoData.class).seed();
		List<UUID> myKeyResults = keyResults(mine.id());
		UUID foreign = keyResults(theirs.id()).get(0);
		assertThat(myKeyResults).hasSizeGreaterThan(3);

		List<UUID> asked = List.of(myKeyResults.get(0), myKeyResults.get(1), myKeyResults.get(2), foreign);
		Map<UUID, CheckInHistory.KeyResultCheckIns> read = this.history.of(mine.id(), asked);

		assertThat(read).containsOnlyKeys(myKeyResults.get(0), myKeyResults.get(1), myKeyResults.get(2));
		OrganizationFile file = this.export.export(mine.id());
		int withCheckIns = 0;
		for (CheckInHistory.KeyResultCheckIns kr : read.values()) {
			List<OrganizationFile.CheckIn> exported = file.objectives().stream()
				.filter(o -> o.key().equals(kr.objectiveKey()))
				.flatMap(o -> o.keyResults().stream())
				.filter(k -> k.key().equals(kr.keyResultKey()))
				.findFirst()
				.orElseThrow()
				.checkIns();
			assertThat(kr.checkIns()).isEqualTo(exported);
			withCheckIns += exported.isEmpty() ? 0 : 1;
		}
		assertThat(withCheckIns).as("the comparison must include check-ins").isPositive();
		assertThat(this.history.of(mine.id(), foreign)).isEmpty();
		assertThat(this.history.of(mine.id(), List.of())).isEmpty();
	}

	/** The organization's key results, those with the most check-ins first. */
	private List<UUID> keyResults(UUID org) {
		return this.jdbc.sql("""
				SELECT k.id FROM key_result k LEFT JOIN check_in c ON c.key_result_id = k.id
				WHERE k.organization_id = ? GROUP BY k.id ORDER BY count(c.id) DESC, k.id""")
			.param(org)
			.query(UUID.class)
			.list();
	}

}
