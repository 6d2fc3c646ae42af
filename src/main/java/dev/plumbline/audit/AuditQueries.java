package dev.plumbline.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of audits for pages and the API: the latest run, the trend, group scores, findings
 * (filtered, paged), the deductions behind a score ("why is this 62?") and the stored report and drawing.
 */
@Component
@Reads
public class AuditQueries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> EVIDENCE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final LatestRunMemo memo;

	private final Map<List<Object>, Map.Entry<UUID, List<GroupScore>>> lastGroups = new ConcurrentHashMap<>();

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.memo = new LatestRunMemo(jdbc, 5_000);
	}

	public Optional<Run> latest(UUID organizationId) {
		// the run of the highest revision: after a check-in its index is stored at once, its findings a moment later
		return this.jdbc.sql(RUN_COLUMNS + " FROM audit_run r WHERE r.organization_id = ? AND EXISTS"
				+ " (SELECT 1 FROM audit_latest l WHERE l.organization_id = r.organization_id)"
				+ " ORDER BY r.revision DESC, r.ran_at DESC LIMIT 1")
			.param(organizationId)
			.query(AuditQueries::run)
			.optional();
	}

	/** The last {@code max} runs, oldest first: the index's trend. */
	public List<Run> trend(UUID organizationId, int max) {
		List<Run> runs = new ArrayList<>(this.jdbc
			.sql(RUN_COLUMNS + " FROM audit_run r WHERE r.organization_id = ? ORDER BY r.ran_at DESC, r.id LIMIT ?")
			.params(organizationId, max)
			.query(AuditQueries::run)
			.list());
		Collections.reverse(runs);
		return runs;
	}

	/** The scores of a run's pillars or teams, in the report's order. */
	public List<GroupScore> groups(UUID organizationId, UUID runId, String kind) {
		// A run's scores never change: the last run read is kept per organization and kind, and replaced by
		// the next (under a stream of check-ins a run is stored every few hundred milliseconds; keeping every
		// run's 800 team scores filled the heap).
		List<Object> key = List.of(organizationId, kind);
		Map.Entry<UUID, List<GroupScore>> known = this.lastGroups.get(key);
		if (known != null && known.getKey().equals(runId)) {
			return known.getValue();
		}
		List<GroupScore> scores = this.jdbc.sql("""
				SELECT group_kind, group_key, name, score FROM audit_group_score
				WHERE organization_id = ? AND run_id = ? AND group_kind = ? ORDER BY position""")
			.params(organizationId, runId, kind)
			.query((rs, n) -> new GroupScore(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
		this.lastGroups.put(key, Map.entry(runId, scores));
		return scores;
	}

	/** The latest run's findings that pass the filter, in report order (severity, code, subject). */
	public Paged<FindingRow> findings(UUID organizationId, FindingFilter filter, int page, int size) {
		return this.memo.get(organizationId, List.of("findings", filter, page, size),
				() -> new Paged<>(readRows(organizationId, filter, page, size), page, size, count(organizationId, filter)));
	}

	/** One page of the latest run's findings that pass the filter, in report order, without counting them. */
	public List<FindingRow> findingRows(UUID organizationId, FindingFilter filter, int page, int size) {
		return this.memo.get(organizationId, List.of("rows", filter, page, size),
				() -> readRows(organizationId, filter, page, size));
	}

	private List<FindingRow> readRows(UUID organizationId, FindingFilter filter, int page, int size) {
		Where where = Where.of(organizationId, filter);
		List<Object> params = new ArrayList<>(where.params());
		params.add(size);
		params.add((long) page * size);
		return this.jdbc.sql(FINDING_COLUMNS + " FROM audit_finding f " + where.sql()
				+ " ORDER BY f.position LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, n) -> finding(rs))
			.list()
			.stream()
			.toList();
	}

	/** How many of the latest run's findings pass the filter. */
	public long count(UUID organizationId, FindingFilter filter) {
		if (FindingTallies.byCodeAndSeverityOnly(filter)) {
			return counts(organizationId, filter).values().stream().mapToLong(Long::longValue).sum();
		}
		return this.memo.get(organizationId, List.of("count", filter), () -> {
			Where where = Where.of(organizationId, filter);
			return this.jdbc.sql("SELECT count(*) FROM audit_finding f " + where.sql())
				.params(where.params())
				.query(Long.class)
				.single();
		});
	}

	/** How many of the latest run's findings pass the filter, by severity (every severity present). */
	public Map<Severity, Long> counts(UUID organizationId, FindingFilter filter) {
		if (FindingTallies.byCodeAndSeverityOnly(filter)) {
			return FindingTallies.counts(tallies(organizationId, filter.sensitive()), filter);
		}
		return this.memo.get(organizationId, List.of("counts", filter), () -> readCounts(organizationId, filter));
	}

	private Map<Severity, Long> readCounts(UUID organizationId, FindingFilter filter) {
		Where where = Where.of(organizationId, filter);
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		this.jdbc.sql("SELECT f.severity, count(*) FROM audit_finding f " + where.sql() + " GROUP BY f.severity")
			.params(where.params())
			.query((rs, n) -> Map.entry(Severity.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return Collections.unmodifiableMap(counts);
	}

	/**
	 * How many findings the latest run has of each code and severity (those drawn from fits only when
	 * {@code sensitive}), in report order of severity then code: one grouped count, whatever the run's size.
	 */
	public List<Tally> tallies(UUID organizationId, boolean sensitive) {
		return this.memo.get(organizationId, List.of("tallies", sensitive), () -> readTallies(organizationId, sensitive));
	}

	private List<Tally> readTallies(UUID organizationId, boolean sensitive) {
		Where where = Where.of(organizationId, FindingFilter.all(sensitive));
		return FindingTallies.inReportOrder(this.jdbc.sql("SELECT f.code, f.severity, count(*) FROM audit_finding f " + where.sql()
				+ " GROUP BY f.code, f.severity")
			.params(where.params())
			.query((rs, n) -> new Tally(FindingCode.valueOf(rs.getString(1)), Severity.valueOf(rs.getString(2)),
					rs.getLong(3)))
			.list());
	}

	/**
	 * Keeps the tallies of a run whose findings were just stored, counted from those findings in memory: at
	 * scale L the grouped count took 300 ms of the database after every rewrite of the findings, and the
	 * severity counts and the codes are read from the tallies. Called once the run's details are stored.
	 */
	void rememberTallies(UUID organizationId, UUID runId, List<Finding> findings) {
		for (boolean sensitive : new boolean[] { false, true }) {
			this.memo.remember(organizationId, runId, List.of("tallies", sensitive), FindingTallies.of(findings, sensitive));
		}
	}

	/** Which codes the latest run found, for the filter's choices, by name. */
	public List<FindingCode> codes(UUID organizationId, boolean sensitive) {
		return tallies(organizationId, sensitive).stream()
			.map(Tally::code)
			.distinct()
			.sorted(java.util.Comparator.comparing(FindingCode::name))
			.toList();
	}

	/**
	 * The points a group lost and the findings behind them, largest first: the answer to "why is this
	 * score what it is?". {@code kind} is organization, pillar or team; the organization's key is "".
	 */
	public List<DeductionRow> deductions(UUID organizationId, String kind, String key, boolean sensitive, int limit) {
		return this.memo.get(organizationId, java.util.Arrays.asList("deductions", kind, key, sensitive, limit),
				() -> readDeductions(organizationId, kind, key, sensitive, limit));
	}

	private List<DeductionRow> readDeductions(UUID organizationId, String kind, String key, boolean sensitive, int limit) {
		return this.jdbc.sql(FINDING_COLUMNS + ", d.points FROM audit_deduction d"
				+ " JOIN audit_latest l ON l.run_id = d.run_id"
				+ " JOIN audit_finding f ON f.run_id = d.run_id AND f.position = d.finding_position"
				+ " WHERE l.organization_id = ? AND d.group_kind = ? AND d.group_key = ?"
				+ (sensitive ? "" : " AND f.code NOT IN (" + SensitiveFindings.sqlList() + ")")
				+ " ORDER BY d.points DESC, d.finding_position LIMIT ?")
			.params(organizationId, kind, key == null ? "" : key, limit)
			.query((rs, n) -> new DeductionRow(finding(rs), rs.getDouble("points")))
			.list()
			.stream()
			.toList();
	}

	/** The latest report as the command line would print it for the same organization and date. */
	public Optional<String> reportJson(UUID organizationId) {
		return reportGzip(organizationId).map(GzipText::gunzip);
	}

	/** {@link #reportJson}, gzip-compressed as it is stored (a fourteenth of the text at scale L). */
	public Optional<byte[]> reportGzip(UUID organizationId) {
		return this.jdbc.sql("SELECT report_gzip FROM audit_latest WHERE organization_id = ?")
			.param(organizationId)
			.query((rs, i) -> rs.getBytes(1))
			.optional();
	}

	/** The run whose findings and drawing are stored as the latest: what the drawing's ETag names. */
	public Optional<UUID> latestDrawnRun(UUID organizationId) {
		return this.jdbc.sql("SELECT run_id FROM audit_latest WHERE organization_id = ?")
			.param(organizationId)
			.query(UUID.class)
			.optional();
	}

	/** The latest drawing of the alignment graph (an ECharts option). */
	public Optional<String> graphJson(UUID organizationId) {
		return this.jdbc.sql("SELECT graph_json FROM audit_latest WHERE organization_id = ?")
			.param(organizationId)
			.query(String.class)
			.optional();
	}

	private static final String RUN_COLUMNS = "SELECT r.id, r.as_of, r.ran_at, r.trigger_reason, r.index_value,"
			+ " r.critical_count, r.warning_count, r.info_count, r.duration_ms";

	private static final String FINDING_COLUMNS = "SELECT f.position, f.code, f.severity, f.subject_kind,"
			+ " f.subject_key, f.subject_name, f.evidence, f.action";

	private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp ranAt = rs.getTimestamp(3);
		return new Run(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), ranAt.toInstant(),
				rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
	}

	private static FindingRow finding(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new FindingRow(rs.getInt("position"), FindingCode.valueOf(rs.getString("code")),
				Severity.valueOf(rs.getString("severity")), new Subject(rs.getString("subject_kind"),
						rs.getString("subject_key"), rs.getString("subject_name")),
				JSON.readValue(rs.getString("evidence"), EVIDENCE), rs.getString("action"));
	}

	/** One audit run: when, why, the index and the count of findings by severity. */
	public record Run(UUID id, LocalDate asOf, java.time.Instant ranAt, String reason, int index, long critical,
			long warning, long info, long durationMillis) {

		public long findings() {
			return this.critical + this.warning + this.info;
		}

	}

	public record GroupScore(String kind, String key, String name, int score) {
	}

	public record FindingRow(int position, FindingCode code, Severity severity, Subject subject,
			Map<String, Object> evidence, String action) {
	}

	public record DeductionRow(FindingRow finding, double points) {
	}

	/** The number of the latest run's findings of one code and severity. */
	public record Tally(FindingCode code, Severity severity, long count) {
	}

	/**
	 * Which findings to list: by severity, code, subject kind, and the group (pillar or team) whose score
	 * they lowered; {@code sensitive} false hides the findings drawn from fit assessments.
	 */
	public record FindingFilter(Severity severity, FindingCode code, String kind, String groupKind, String groupKey,
			boolean sensitive) {

		public static FindingFilter all(boolean sensitive) {
			return new FindingFilter(null, null, null, null, null, sensitive);
		}

	}

}
