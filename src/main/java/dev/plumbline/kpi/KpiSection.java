package dev.plumbline.kpi;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.Measurement;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionKeys;
import dev.plumbline.interchange.SectionTables;
import dev.plumbline.interchange.SectionValues;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;

/**
 * KPIs and their measurements of an organization file, in JDBC batches. The KPI row's latest date and
 * value are taken from its newest measurement, as recording one would.
 */
@Component
class KpiSection implements OrganizationSection {

	static final String NAME = "kpis";

	private static final int[] KPI_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.DATE,
			Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE };

	private static final int[] PILLAR_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR };

	private static final int[] MEASUREMENT_TYPES = { Types.OTHER, Types.OTHER, Types.DATE, Types.NUMERIC,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.OTHER };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	KpiSection(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(), "kpi_measurement", "kpi_pillar", "kpi");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		requireTargets(file.kpis());
		UUID org = context.organizationId();
		Map<String, UUID> people = SectionKeys.ids(this.jdbc, "person", "person_key", org);
		Timestamp now = Timestamp.from(context.now());
		Map<String, UUID> kpis = new HashMap<>();
		file.kpis().forEach(k -> kpis.put(k.key(), context.newId()));
		try (BatchInsert insert = new BatchInsert(this.template, """
				INSERT INTO kpi (id, organization_id, kpi_key, name, unit, owner_id, cadence, direction, target,
				                 red_threshold, green_threshold, latest_on, latest_value, version, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
				""", KPI_TYPES, context, NAME, true)) {
			for (OrganizationFile.Kpi k : file.kpis()) {
				Measurement latest = k.measurements()
					.stream()
					.max(Comparator.comparing(Measurement::date))
					.orElse(null);
				OrganizationFile.Thresholds thresholds = k.thresholds() == null
						? new OrganizationFile.Thresholds(null, null) : k.thresholds();
				insert.add(kpis.get(k.key()), org, k.key(), k.name(), SectionValues.orEmpty(k.unit()),
						SectionKeys.ref(people, k.owner(), "person"),
						SectionValues.map(k.cadence() == null ? OrganizationFile.Cadence.MONTHLY : k.cadence(),
								Cadence.class)
							.name(),
						SectionValues.map(k.direction() == null ? OrganizationFile.Direction.INCREASE : k.direction(),
								Direction.class)
							.name(),
						k.target(), thresholds.red(), thresholds.green(),
						latest == null ? null : SectionValues.sqlDate(latest.date()),
						latest == null ? null : latest.value(), now);
			}
		}
		try (BatchInsert pillars = new BatchInsert(this.template,
				"INSERT INTO kpi_pillar (organization_id, kpi_id, pillar_key) VALUES (?, ?, ?)", PILLAR_TYPES,
				context, NAME, false);
				BatchInsert measurements = new BatchInsert(this.template, """
						INSERT INTO kpi_measurement (organization_id, kpi_id, measured_on, measured_value, recorded_at, recorded_by)
						VALUES (?, ?, ?, ?, ?, ?)
						""", MEASUREMENT_TYPES, context, NAME, true)) {
			for (OrganizationFile.Kpi k : file.kpis()) {
				UUID id = kpis.get(k.key());
				k.pillars().forEach(p -> pillars.add(org, id, p));
				k.measurements()
					.forEach(m -> measurements.add(org, id, SectionValues.sqlDate(m.date()), m.value(), now,
							context.accountId()));
			}
		}
	}

	/** The scorecard needs a target and both thresholds of every KPI (the file format leaves them optional). */
	private static void requireTargets(List<OrganizationFile.Kpi> kpis) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < kpis.size(); i++) {
			OrganizationFile.Kpi kpi = kpis.get(i);
			if (kpi.target() == null) {
				problems.add(new FieldProblem("kpis[" + i + "].target", "a KPI needs a target to be stored"));
			}
			if (kpi.thresholds() == null || kpi.thresholds().red() == null) {
				problems.add(new FieldProblem("kpis[" + i + "].thresholds.red", "a KPI needs a red threshold to be stored"));
			}
			if (kpi.thresholds() == null || kpi.thresholds().green() == null) {
				problems.add(new FieldProblem("kpis[" + i + "].thresholds.green",
						"a KPI needs a green threshold to be stored"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		Map<UUID, List<String>> pillars = new HashMap<>();
		this.jdbc.sql("SELECT kpi_id, pillar_key FROM kpi_pillar WHERE organization_id = :org")
			.param("org", organizationId)
			.query(rs -> {
				pillars.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<UUID, List<Measurement>> measurements = new HashMap<>();
		this.jdbc.sql("""
				SELECT kpi_id, measured_on, measured_value FROM kpi_measurement WHERE organization_id = :org
				ORDER BY kpi_id, measured_on
				""").param("org", organizationId).query(rs -> {
			measurements.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(new Measurement(rs.getDate(2).toLocalDate(), SectionValues.decimal(rs.getBigDecimal(3))));
		});
		List<OrganizationFile.Kpi> kpis = this.jdbc.sql("""
				SELECT k.id, k.kpi_key, k.name, k.unit, p.person_key, k.cadence, k.target, k.direction,
				       k.red_threshold, k.green_threshold
				FROM kpi k LEFT JOIN person p ON p.id = k.owner_id WHERE k.organization_id = :org
				""").param("org", organizationId).query((rs, n) -> {
			UUID id = rs.getObject(1, UUID.class);
			List<String> keys = new ArrayList<>(pillars.getOrDefault(id, List.of()));
			keys.sort(Comparator.naturalOrder());
			return new OrganizationFile.Kpi(rs.getString(2), rs.getString(3), SectionValues.optional(rs.getString(4)),
					rs.getString(5), keys, OrganizationFile.Cadence.valueOf(rs.getString(6)),
					SectionValues.decimal(rs.getBigDecimal(7)), OrganizationFile.Direction.valueOf(rs.getString(8)),
					new OrganizationFile.Thresholds(SectionValues.decimal(rs.getBigDecimal(9)),
							SectionValues.decimal(rs.getBigDecimal(10))),
					measurements.getOrDefault(id, List.of()));
		}).list().stream().sorted(Comparator.comparing(OrganizationFile.Kpi::key)).toList();
		return file.withKpis(kpis);
	}

}
