package dev.plumbline.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.audit.AlignmentIndex.Deduction;
import dev.plumbline.audit.AlignmentIndex.Score;
import dev.plumbline.audit.AuditQueries.FindingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@PlumblineIntegrationTest
class AuditStoreIntegrationTests {

	@Autowired
	AuditStore store;

	@Autowired
	AuditQueries queries;

	/** Organizations made straight in SQL: no member, no write event, so no background audit interferes. */
	UUID organization() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO organization (id, slug, name, created_at) VALUES (?, ?, ?, ?)")
			.params(id, "a-" + id.toString().substring(0, 12), "Audit test", java.sql.Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	@Autowired
	JdbcClient jdbc;

	static final Finding ORPHAN = finding(FindingCode.ORPHAN_INITIATIVE, "initiative", "clinic-app", "Clinic app",
			"Link it to a pillar or cancel it.");

	static final Finding UNOWNED = finding(FindingCode.UNOWNED, "objective", "reduce-wait", "Reduce waiting",
			"Name an owner.");

	static final Finding MISFIT = finding(FindingCode.VALUES_MISFIT, "person", "pat", "Pat Doe",
			"Talk with Pat about the values rated minus.");

	static final Finding STALE = finding(FindingCode.STALE_OBJECTIVE, "objective", "grow-reach", "Grow reach",
			"Ask for a check-in.");

	static Finding finding(FindingCode code, String kind, String key, String name, String action) {
		Map<String, Object> evidence = new LinkedHashMap<>();
		evidence.put("status", "active");
		evidence.put("days", 61);
		return new Finding(code, code.severity(), new Subject(kind, key, name), evidence, action);
	}

	static AuditReport report(LocalDate asOf, int index, List<Finding> findings, List<Deduction> organization,
			List<Score> pillars) {
		return new AuditReport("Test org", asOf,
				new AlignmentIndex(new Score(null, "Test org", index, organization), pillars,
						List.of(new Score("care", "Care team", 90, List.of(new Deduction(UNOWNED, 10))))),
				findings);
	}

	@Test
	void keepsEveryRunForTheTrendButOnlyTheLatestFindings() {
		UUID org = organization();
		LocalDate day = LocalDate.of(2026, 11, 2);
		this.store.save(org, report(day, 70, List.of(ORPHAN, UNOWNED), List.of(new Deduction(ORPHAN, 20),
				new Deduction(UNOWNED, 10)), List.of()), GzipText.gzip("{\"first\":true}"), "{}", "import", Instant.parse("2026-11-02T08:00:00Z"), 12);
		this.store.save(org, report(day.plusDays(1), 85, List.of(UNOWNED, STALE), List.of(new Deduction(UNOWNED, 10),
				new Deduction(STALE, 5)), List.of(new Score("access", "Access", 80, List.of(new Deduction(STALE, 20))))),
				GzipText.gzip("{\"second\":true}"), "{\"series\":[]}", "objective.changed", Instant.parse("2026-11-03T08:00:00Z"), 9);

		assertThat(this.queries.trend(org, 10)).extracting(AuditQueries.Run::index).containsExactly(70, 85);
		AuditQueries.Run latest = this.queries.latest(org).orElseThrow();
		assertThat(latest.index()).isEqualTo(85);
		assertThat(latest.asOf()).isEqualTo(day.plusDays(1));
		assertThat(latest.warning()).isEqualTo(1);
		assertThat(latest.info()).isEqualTo(1);
		assertThat(latest.reason()).isEqualTo("objective.changed");
		assertThat(this.queries.reportJson(org)).contains("{\"second\":true}");
		assertThat(this.queries.graphJson(org)).contains("{\"series\":[]}");
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_finding WHERE organization_id = ?").param(org)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(this.queries.findings(org, FindingFilter.all(true), 0, 50).items())
			.extracting(row -> row.subject().key())
			.containsExactly("reduce-wait", "grow-reach");
		assertThat(this.queries.groups(org, latest.id(), "pillar")).extracting(AuditQueries.GroupScore::score)
			.containsExactly(80);
	}

	@Test
	void storesEvidenceAndActionAsWrittenAndExplainsEachGroupsScore() {
		UUID org = organization();
		this.store.save(org, report(LocalDate.of(2026, 11, 2), 70, List.of(ORPHAN, UNOWNED, STALE),
				List.of(new Deduction(ORPHAN, 20), new Deduction(UNOWNED, 7.5), new Deduction(STALE, 2.5)),
				List.of(new Score("access", "Access", 80, List.of(new Deduction(STALE, 20))))), GzipText.gzip("{}"), "{}", "test",
				Instant.now(), 1);

		AuditQueries.FindingRow orphan = this.queries.findings(org, FindingFilter.all(true), 0, 1).items().get(0);
		assertThat(orphan.code()).isEqualTo(FindingCode.ORPHAN_INITIATIVE);
		assertThat(orphan.severity()).isEqualTo(Severity.CRITICAL);
		assertThat(orphan.evidence()).containsExactly(Map.entry("status", "active"), Map.entry("days", 61));
		assertThat(orphan.action()).isEqualTo("Link it to a pillar or cancel it.");
		assertThat(this.queries.deductions(org, "organization", "", true, 10))
			.extracting(d -> d.finding().subject().key(), AuditQueries.DeductionRow::points)
			.containsExactly(tuple("clinic-app", 20.0),
					tuple("reduce-wait", 7.5),
					tuple("grow-reach", 2.5));
		assertThat(this.queries.deductions(org, "pillar", "access", true, 10))
			.extracting(d -> d.finding().code()).containsExactly(FindingCode.STALE_OBJECTIVE);
		assertThat(this.queries.findings(org, new FindingFilter(null, null, null, "team", "care", true), 0, 10).items())
			.extracting(row -> row.code()).containsExactly(FindingCode.UNOWNED);
	}

	@Test
	void filtersBySeverityCodeAndKindAndHidesFitFindingsFromThoseWhoMayNotReadFits() {
		UUID org = organization();
		this.store.save(org, report(LocalDate.of(2026, 11, 2), 60, List.of(ORPHAN, MISFIT, UNOWNED, STALE),
				List.of(new Deduction(ORPHAN, 20), new Deduction(MISFIT, 15), new Deduction(UNOWNED, 5)), List.of()),
				GzipText.gzip("{}"), "{}", "test", Instant.now(), 1);

		assertThat(this.queries.findings(org, new FindingFilter(Severity.CRITICAL, null, null, null, null, true), 0, 10).items())
			.extracting(AuditQueries.FindingRow::code)
			.containsExactly(FindingCode.ORPHAN_INITIATIVE, FindingCode.VALUES_MISFIT);
		assertThat(this.queries.findings(org, new FindingFilter(Severity.CRITICAL, null, null, null, null, false), 0, 10).items())
			.extracting(AuditQueries.FindingRow::code)
			.containsExactly(FindingCode.ORPHAN_INITIATIVE);
		assertThat(this.queries.findings(org, new FindingFilter(null, FindingCode.UNOWNED, "objective", null, null, false), 0, 10).total())
			.isEqualTo(1);
		assertThat(this.queries.counts(org, FindingFilter.all(false)))
			.containsEntry(Severity.CRITICAL, 1L).containsEntry(Severity.WARNING, 1L).containsEntry(Severity.INFO, 1L);
		assertThat(this.queries.counts(org, FindingFilter.all(true))).containsEntry(Severity.CRITICAL, 2L);
		assertThat(this.queries.deductions(org, "organization", "", false, 10))
			.extracting(d -> d.finding().code()).doesNotContain(FindingCode.VALUES_MISFIT);
		assertThat(this.queries.codes(org, false)).doesNotContain(FindingCode.VALUES_MISFIT);
		assertThat(this.queries.codes(org, true)).contains(FindingCode.VALUES_MISFIT);
	}

	@Test
	void talliesCountedFromTheFindingsInMemoryAreThoseTheDatabaseCounts() {
		UUID org = organization();
		Finding secondOrphan = finding(FindingCode.ORPHAN_INITIATIVE, "initiative", "van", "Van", "Link it.");
		AuditReport report = report(LocalDate.of(2026, 11, 2), 60, List.of(ORPHAN, secondOrphan, MISFIT, UNOWNED, STALE),
				List.of(new Deduction(ORPHAN, 20)), List.of());
		UUID run = this.store.save(org, report, GzipText.gzip("{}"), "{}", "test", Instant.now(), 1);
		AuditQueries fromDatabase = new AuditQueries(this.jdbc);
		AuditQueries fromMemory = new AuditQueries(this.jdbc);
		fromMemory.rememberTallies(org, run, report.findings());
		// the findings go behind both readers' backs: only what was remembered can still count them
		List<List<AuditQueries.Tally>> counted = List.of(fromDatabase.tallies(org, false), fromDatabase.tallies(org, true));
		this.jdbc.sql("DELETE FROM audit_deduction WHERE run_id = ?").param(run).update();
		this.jdbc.sql("DELETE FROM audit_finding WHERE run_id = ?").param(run).update();

		assertThat(counted.get(1)).extracting(AuditQueries.Tally::code, AuditQueries.Tally::severity, AuditQueries.Tally::count)
			.containsExactly(tuple(FindingCode.ORPHAN_INITIATIVE, Severity.CRITICAL, 2L),
					tuple(FindingCode.VALUES_MISFIT, Severity.CRITICAL, 1L), tuple(FindingCode.UNOWNED, Severity.WARNING, 1L),
					tuple(FindingCode.STALE_OBJECTIVE, Severity.INFO, 1L));
		assertThat(List.of(fromMemory.tallies(org, false), fromMemory.tallies(org, true))).isEqualTo(counted);
		assertThat(new AuditQueries(this.jdbc).tallies(org, true)).isEmpty();
		assertThat(fromMemory.codes(org, false)).containsExactly(FindingCode.ORPHAN_INITIATIVE, FindingCode.STALE_OBJECTIVE,
				FindingCode.UNOWNED);
		assertThat(fromMemory.counts(org, new FindingFilter(Severity.CRITICAL, null, null, null, null, true)))
			.containsEntry(Severity.CRITICAL, 3L).containsEntry(Severity.WARNING, 0L);
		assertThat(fromMemory.count(org, new FindingFilter(null, FindingCode.ORPHAN_INITIATIVE, null, null, null, false)))
			.isEqualTo(2);
		// a filter by subject kind or group still counts in the database (where nothing is left)
		assertThat(fromMemory.count(org, new FindingFilter(null, null, "initiative", null, null, false))).isZero();
	}

	@Test
	void oneOrganizationNeverSeesAnothersAudit() {
		UUID mine = organization();
		UUID theirs = organization();
		this.store.save(theirs, report(LocalDate.of(2026, 11, 2), 40, List.of(ORPHAN), List.of(new Deduction(ORPHAN, 60)),
				List.of()), GzipText.gzip("{\"theirs\":1}"), "{}", "test", Instant.now(), 1);

		assertThat(this.queries.latest(mine)).isEmpty();
		assertThat(this.queries.trend(mine, 10)).isEmpty();
		assertThat(this.queries.reportJson(mine)).isEmpty();
		assertThat(this.queries.findings(mine, FindingFilter.all(true), 0, 10).total()).isZero();
		assertThat(this.queries.deductions(mine, "organization", "", true, 10)).isEmpty();
		assertThat(this.queries.counts(mine, FindingFilter.all(true)).values()).containsOnly(0L);
	}

}
