package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Team;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;
import dev.plumbline.organization.CurrentOrganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Text that COPY's format treats specially (tabs, newlines, carriage returns, backslashes, a literal
 * {@code \N}, quotes, non-Latin and astral characters) and absent values come back from the database
 * exactly as imported: on PostgreSQL through COPY, on H2 through JDBC batches.
 */
@PlumblineIntegrationTest
class CopyEscapingIntegrationTests {

	static final List<String> WEIRD = List.of("tab\there\t", "line one\nline two\n", "carriage\r\nreturn\r",
			"back\\slash\\", "\\N", "\\.", "\\\\N and \\t", "'single' \"double\" `back`", "Zürich – 東京 ✓ 🚀 𝄞",
			"semi;colon,comma|pipe", "NULL", "null", "a\u00a0non-breaking space");

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	ExportOrganization exportOrganization;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcTemplate template;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void everyWeirdTextAndEveryNullComesBackAsImported() {
		TestOrganization org = this.organizations.create();
		CurrentOrganization admin = this.organizations.as(org.slug(), org.admin());
		OrganizationFile file = weird(org);

		this.importOrganization.replace(admin, file, ImportProgress.none());
		OrganizationFile exported = this.exportOrganization.export(org.id());

		assertThat(exported.objectives()).isEqualTo(file.objectives());
		assertThat(exported.people()).isEqualTo(file.people());
		assertThat(exported.teams()).isEqualTo(file.teams());
		assertThat(exported.kpis()).isEqualTo(file.kpis());
		assertThat(exported.surveys()).isEqualTo(file.surveys());
		assertThat(exported).isEqualTo(file);
		byte[] written = OrganizationFiles.write(exported, FileFormat.JSON);
		assertThat(written).isEqualTo(OrganizationFiles.write(file, FileFormat.JSON));
	}

	@Test
	void copiesOnPostgresqlAndBatchesOnH2() {
		boolean postgres = "postgres".equals(System.getProperty("plumbline.test.database"));
		ImportContext context = new ImportContext(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "x",
				java.time.Instant.now(), ImportProgress.none());
		boolean[] copies = new boolean[3];
		new TransactionTemplate(this.transactionManager).executeWithoutResult(status -> {
			copies[0] = new BatchInsert(this.template, "INSERT INTO team (id, organization_id, team_key, name) VALUES (?, ?, ?, ?)",
					new int[4], context, "teams", false).copies();
			copies[1] = new BatchInsert(this.template, "UPDATE team SET name = ? WHERE id = ?", new int[2], context,
					"teams", false).copies();
			copies[2] = new BatchInsert(this.template,
					"INSERT INTO objective (id, organization_id, version) VALUES (?, ?, 0)", new int[2], context,
					"objectives", false).copies();
			status.setRollbackOnly();
		});

		assertThat(copies).containsExactly(postgres, false, postgres);
	}

	@Test
	void aCopyThatFailsAfterSomeChunksWereSentLeavesTheConnectionAbleToRollBack() throws Exception {
		assumeTrue("postgres".equals(System.getProperty("plumbline.test.database")), "COPY is PostgreSQL's");
		PostgresCopy copy = PostgresCopy.of("INSERT INTO team (id, organization_id, team_key, name) VALUES (?, ?, ?, ?)")
			.orElseThrow();
		java.util.UUID org = java.util.UUID.randomUUID();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			// about 1 MB of text before the value COPY cannot write: several chunks are already on the server
			rows.add(new Object[] { java.util.UUID.randomUUID(), org, "t" + i, i == 4000 ? new Object() : "x".repeat(200) });
		}
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);

			assertThatThrownBy(() -> copy.write(connection, rows)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("java.lang.Object");
			connection.rollback();

			try (java.sql.PreparedStatement count = connection
				.prepareStatement("SELECT count(*) FROM team WHERE organization_id = ?")) {
				count.setObject(1, org);
				try (java.sql.ResultSet result = count.executeQuery()) {
					assertThat(result.next()).isTrue();
					assertThat(result.getLong(1)).isZero();
				}
			}
			connection.rollback();
			connection.setAutoCommit(true);
		}
	}

	/** The small sample file with a weird text in every free-text field the big sections have. */
	private static OrganizationFile weird(TestOrganization org) {
		OrganizationFile small = SampleFiles.small(org.slug())
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		List<Team> teams = List.of(new Team("care", WEIRD.get(0), "ops"), new Team("ops", WEIRD.get(1), null));
		List<Person> people = List.of(new Person("ana", WEIRD.get(2), "ana@valley.test", "care"),
				new Person("ben", WEIRD.get(8), null, null));
		List<CheckIn> checkIns = new ArrayList<>();
		LocalDate day = LocalDate.of(2026, 1, 5);
		for (int i = 0; i < WEIRD.size(); i++) {
			checkIns.add(new CheckIn(day.plusDays(i), BigDecimal.valueOf(i), i % 2 == 0 ? null : new BigDecimal("0.5"),
					WEIRD.get(i)));
		}
		checkIns.add(new CheckIn(day.plusDays(WEIRD.size()), BigDecimal.TEN, null, null));
		List<Objective> objectives = new ArrayList<>();
		for (int i = 0; i < WEIRD.size(); i++) {
			String text = WEIRD.get(i);
			objectives.add(new Objective(String.format("o%02d", i), text, text, i % 2 == 0 ? "ana" : null,
					i % 3 == 0 ? null : "care", null, List.of(), i, null, null, PlanModel.ObjectiveStatus.ACTIVE,
					List.of(new KeyResult("kr", text, text, BigDecimal.ZERO, i % 2 == 0 ? null : BigDecimal.TEN,
							PlanModel.Direction.INCREASE, i == 0 ? checkIns : List.of()))));
		}
		Kpi model = small.kpis().get(1);
		List<Kpi> kpis = List.of(new Kpi(model.key(), WEIRD.get(3), WEIRD.get(4), model.owner(), model.pillars(),
				model.cadence(), model.target(), model.direction(), model.thresholds(),
				List.of(new Measurement(day, new BigDecimal("-1.25")), new Measurement(day.plusDays(1), BigDecimal.ZERO))));
		Survey survey = new Survey("pulse", WEIRD.get(5), Audience.EMPLOYEES, day,
				List.of(new Question("q1", WEIRD.get(6), 5), new Question("q2", WEIRD.get(7), 3)),
				List.of(new Response("care", Map.of("q1", 5)), new Response(null, Map.of("q2", 1))));
		return small.withTeams(teams)
			.withPeople(people)
			.withObjectives(objectives)
			.withInitiatives(List.of())
			.withKpis(kpis)
			.withSurveys(List.of(survey));
	}

}
