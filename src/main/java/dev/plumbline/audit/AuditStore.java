package dev.plumbline.audit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps audit runs: every run's index and group scores (the trend), and the latest run's report, graph
 * drawing, findings and deductions (replaced at each run).
 */
@Component
class AuditStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AuditStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Keeps a whole run at once: its index and group scores, then its details. */
	@Transactional
	UUID save(UUID organizationId, AuditReport report, byte[] reportGzip, String graphJson, String reason,
			Instant ranAt, long durationMillis) {
		UUID runId = saveRun(organizationId, report, 0, reason, ranAt, durationMillis);
		saveDetails(organizationId, runId, report, reportGzip, graphJson);
		return runId;
	}

	/**
	 * Keeps a run's index and group scores (the trend, and what the dashboard's gauge and bars read): a few
	 * hundred rows, quick even for a large organization. {@code revision} is the organization's revision
	 * the run reflects; the latest run is the one of the highest revision.
	 */
	@Transactional
	UUID saveRun(UUID organizationId, AuditReport report, long revision, String reason, Instant ranAt,
			long durationMillis) {
		UUID runId = UUID.randomUUID();
		Map<Severity, Long> counts = Severities.count(report.findings());
		this.jdbc.sql("""
				INSERT INTO audit_run (id, organization_id, as_of, ran_at, trigger_reason, index_value,
				    critical_count, warning_count, info_count, duration_ms, revision)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(runId, organizationId, Date.valueOf(report.asOf()), Timestamp.from(ranAt), shorten(reason, 80),
					report.index().organization().value(), counts.get(Severity.CRITICAL), counts.get(Severity.WARNING),
					counts.get(Severity.INFO), durationMillis, Math.max(0, revision))
			.update();
		saveGroups(runId, organizationId, "pillar", report.index().pillars());
		saveGroups(runId, organizationId, "team", report.index().teams());
		return runId;
	}

	/**
	 * Replaces the latest run's details with those of {@code runId}: the report, the drawing, every finding
	 * and deduction. The slow part for a large organization, so after a check-in it runs a moment later.
	 */
	@Transactional
	void saveDetails(UUID organizationId, UUID runId, AuditReport report, byte[] reportGzip, String graphJson) {
		UUID previous = this.jdbc.sql("SELECT run_id FROM audit_latest WHERE organization_id = ?")
			.param(organizationId)
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (previous != null) {
			this.jdbc.sql("DELETE FROM audit_deduction WHERE run_id = ?").param(previous).update();
			this.jdbc.sql("DELETE FROM audit_finding WHERE run_id = ?").param(previous).update();
			this.jdbc.sql("DELETE FROM audit_latest WHERE organization_id = ?").param(organizationId).update();
		}
		this.jdbc.sql("INSERT INTO audit_latest (organization_id, run_id, report_gzip, graph_json) VALUES (?, ?, ?, ?)")
			.params(organizationId, runId, reportGzip, graphJson)
			.update();
		Map<Finding, Integer> positions = saveFindings(runId, organizationId, report.findings());
		saveDeductions(runId, organizationId, report.index(), positions);
	}

	private void saveGroups(UUID runId, UUID organizationId, String kind, List<AlignmentIndex.Score> scores) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			AlignmentIndex.Score score = scores.get(i);
			rows.add(new Object[] { runId, organizationId, kind, score.key(), shorten(score.name(), 200), score.value(), i });
		}
		this.template.batchUpdate("""
				INSERT INTO audit_group_score (run_id, organization_id, group_kind, group_key, name, score, position)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private Map<Finding, Integer> saveFindings(UUID runId, UUID organizationId, List<Finding> findings) {
		// by identity: hashing a finding hashes its evidence, and the deductions hold these very instances
		Map<Finding, Integer> positions = new java.util.IdentityHashMap<>();
		List<Object[]> rows = new ArrayList<>(findings.size());
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			positions.put(finding, i);
			rows.add(new Object[] { runId, organizationId, i, finding.code().name(), finding.severity().name(),
					finding.subject().kind(), shorten(finding.subject().key(), 200),
					shorten(finding.subject().name(), 400), JSON.writeValueAsString(finding.evidence()),
					finding.action() });
		}
		this.template.batchUpdate("""
				INSERT INTO audit_finding (run_id, organization_id, position, code, severity, subject_kind,
				    subject_key, subject_name, evidence, action)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		return positions;
	}

	private void saveDeductions(UUID runId, UUID organizationId, AlignmentIndex index, Map<Finding, Integer> positions) {
		List<Object[]> rows = new ArrayList<>();
		addDeductions(rows, runId, organizationId, "organization", index.organization(), positions);
		index.pillars().forEach(score -> addDeductions(rows, runId, organizationId, "pillar", score, positions));
		index.teams().forEach(score -> addDeductions(rows, runId, organizationId, "team", score, positions));
		this.template.batchUpdate("""
				INSERT INTO audit_deduction (run_id, organization_id, group_kind, group_key, finding_position, points)
				VALUES (?, ?, ?, ?, ?, ?)""", rows);
	}

	private static void addDeductions(List<Object[]> rows, UUID runId, UUID organizationId, String kind,
			AlignmentIndex.Score score, Map<Finding, Integer> positions) {
		for (AlignmentIndex.Deduction deduction : score.deductions()) {
			Integer position = positions.get(deduction.finding());
			if (position != null) {
				rows.add(new Object[] { runId, organizationId, kind, score.key() == null ? "" : score.key(), position,
						BigDecimal.valueOf(deduction.points()).setScale(4, java.math.RoundingMode.HALF_UP) });
			}
		}
	}

	private static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
