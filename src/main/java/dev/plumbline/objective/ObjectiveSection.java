package dev.plumbline.objective;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionKeys;
import dev.plumbline.interchange.SectionTables;
import dev.plumbline.interchange.SectionValues;

/**
 * Objectives, key results and check-ins of an organization file, written in JDBC batches: keys resolve
 * to ids through one query per referenced table, parents are linked after every objective exists.
 */
@Component
class ObjectiveSection implements OrganizationSection {

	static final String NAME = "objectives";

	private static final int[] OBJECTIVE_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.OTHER, Types.OTHER, Types.OTHER, Types.INTEGER, Types.DATE, Types.DATE, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.DOUBLE };

	private static final int[] PARENT_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER };

	private static final int[] PILLAR_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR };

	private static final int[] KEY_RESULT_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.INTEGER };

	private static final int[] CHECK_IN_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.DATE, Types.NUMERIC,
			Types.NUMERIC, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.OTHER };

	static final Comparator<CheckIn> CHECK_IN_ORDER = Comparator.comparing(CheckIn::date)
		.thenComparing(CheckIn::value)
		.thenComparing(CheckIn::note, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(CheckIn::confidence, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ObjectiveSection(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void clear(ImportContext context) {
		UUID org = context.organizationId();
		this.jdbc.sql("UPDATE objective SET parent_id = NULL WHERE organization_id = :org AND parent_id IS NOT NULL")
			.param("org", org)
			.update();
		SectionTables.clear(this.jdbc, org, "check_in", "key_result", "objective_pillar", "objective");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> people = SectionKeys.ids(this.jdbc, "person", "person_key", org);
		Map<String, UUID> teams = SectionKeys.ids(this.jdbc, "team", "team_key", org);
		Map<String, UUID> objectives = new HashMap<>();
		file.objectives().forEach(o -> objectives.put(o.key(), context.newId()));
		Timestamp now = Timestamp.from(context.now());
		Map<UUID, Double> progress = progress(file, objectives);
		List<OrganizationFile.Objective> ordered = parentsFirst(file.objectives());
		Set<String> written = new HashSet<>();
		Set<String> linked = new HashSet<>();
		// parents are written before their children, so each row carries its parent_id at once instead of
		// one UPDATE per objective afterwards (a loop, which validation rejects, would still be linked below)
		try (BatchInsert insert = new BatchInsert(this.template, """
				INSERT INTO objective (id, organization_id, objective_key, title, description, owner_id, team_id,
				                       parent_id, priority, start_date, due_date, status, created_at, updated_at, progress,
				                       version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", OBJECTIVE_TYPES,
				context, NAME, true)) {
			for (OrganizationFile.Objective o : ordered) {
				boolean withParent = o.parent() != null && written.contains(o.parent());
				insert.add(objectives.get(o.key()), org, o.key(), o.title(), SectionValues.orEmpty(o.description()),
						SectionKeys.ref(people, o.owner(), "person"), SectionKeys.ref(teams, o.team(), "team"),
						withParent ? SectionKeys.ref(objectives, o.parent(), "objective") : null, o.priority(),
						SectionValues.sqlDate(o.start()), SectionValues.sqlDate(o.due()),
						SectionValues.map(o.status() == null ? OrganizationFile.ObjectiveStatus.ACTIVE : o.status(),
								ObjectiveStatus.class)
							.name(),
						now, now, progress.get(objectives.get(o.key())));
				written.add(o.key());
				if (withParent) {
					linked.add(o.key());
				}
			}
		}
		try (BatchInsert parents = new BatchInsert(this.template,
				"UPDATE objective SET parent_id = ? WHERE id = ? AND organization_id = ?", PARENT_TYPES, context, NAME,
				false)) {
			file.objectives()
				.stream()
				.filter(o -> o.parent() != null && !linked.contains(o.key()))
				.forEach(o -> parents.add(SectionKeys.ref(objectives, o.parent(), "objective"), objectives.get(o.key()), org));
		}
		try (BatchInsert pillars = new BatchInsert(this.template,
				"INSERT INTO objective_pillar (organization_id, objective_id, pillar_key) VALUES (?, ?, ?)",
				PILLAR_TYPES, context, NAME, true)) {
			file.objectives()
				.forEach(o -> o.pillars().forEach(p -> pillars.add(org, objectives.get(o.key()), p)));
		}
		loadKeyResults(context, file, objectives);
	}

	private void loadKeyResults(ImportContext context, OrganizationFile file, Map<String, UUID> objectives) {
		UUID org = context.organizationId();
		Timestamp now = Timestamp.from(context.now());
		try (BatchInsert keyResults = new BatchInsert(this.template, """
				INSERT INTO key_result (id, organization_id, objective_id, kr_key, title, unit, baseline, target,
				                        direction, position, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", KEY_RESULT_TYPES, context, NAME, true);
				BatchInsert checkIns = new BatchInsert(this.template, """
						INSERT INTO check_in (id, organization_id, key_result_id, check_date, check_value, confidence,
						                      note, created_at, created_by)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""", CHECK_IN_TYPES, context, NAME, true).after(keyResults)) {
			for (OrganizationFile.Objective o : file.objectives()) {
				List<KeyResult> results = o.keyResults();
				for (int position = 0; position < results.size(); position++) {
					KeyResult kr = results.get(position);
					UUID id = context.newId();
					BigDecimal baseline = kr.baseline() == null ? BigDecimal.ZERO : kr.baseline();
					keyResults.add(id, org, objectives.get(o.key()), kr.key(), kr.title(),
							SectionValues.orEmpty(kr.unit()), baseline, kr.target(),
							direction(kr, baseline).name(), position);
					for (CheckIn checkIn : kr.checkIns()) {
						checkIns.add(context.newId(), org, id, SectionValues.sqlDate(checkIn.date()), checkIn.value(),
								checkIn.confidence(), SectionValues.orEmpty(checkIn.note()), now,
								context.accountId());
					}
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		ObjectiveExport export = new ObjectiveExport(this.jdbc, organizationId);
		return file.withObjectives(export.objectives());
	}

	/**
	 * Each objective's rolled-up progress (stored with the row, see {@link ObjectiveProgress}), computed from
	 * the file rather than read back: the latest check-in of a key result is its last of the latest date,
	 * as {@link ObjectiveQueries#LATEST} picks it among rows imported together (ids in the file's order).
	 */
	private static Map<UUID, Double> progress(OrganizationFile file, Map<String, UUID> objectives) {
		Map<UUID, UUID> parents = new HashMap<>();
		Map<UUID, List<OptionalDouble>> keyResults = new HashMap<>();
		for (OrganizationFile.Objective o : file.objectives()) {
			UUID id = objectives.get(o.key());
			parents.put(id, o.parent() == null ? null : objectives.get(o.parent()));
			List<OptionalDouble> results = new ArrayList<>(o.keyResults().size());
			for (KeyResult kr : o.keyResults()) {
				CheckIn latest = null;
				for (CheckIn checkIn : kr.checkIns()) {
					if (latest == null || checkIn.date().compareTo(latest.date()) >= 0) {
						latest = checkIn;
					}
				}
				BigDecimal baseline = kr.baseline() == null ? BigDecimal.ZERO : kr.baseline();
				results.add(Progress.ofKeyResult(baseline, kr.target(), direction(kr, baseline),
						latest == null ? null : latest.value()));
			}
			keyResults.put(id, results);
		}
		return Progress.rollUp(parents, keyResults);
	}

	private static Direction direction(KeyResult kr, BigDecimal baseline) {
		if (kr.direction() != null) {
			return SectionValues.map(kr.direction(), Direction.class);
		}
		return kr.target() != null && kr.target().compareTo(baseline) < 0 ? Direction.DECREASE : Direction.INCREASE;
	}

	/** The objectives in an order where every parent comes before its children (members of a loop last). */
	static List<OrganizationFile.Objective> parentsFirst(List<OrganizationFile.Objective> objectives) {
		Set<String> keys = new HashSet<>();
		objectives.forEach(o -> keys.add(o.key()));
		Map<String, List<OrganizationFile.Objective>> children = new HashMap<>();
		List<OrganizationFile.Objective> ordered = new ArrayList<>(objectives.size());
		for (OrganizationFile.Objective o : objectives) {
			if (o.parent() == null || !keys.contains(o.parent())) {
				ordered.add(o);
			}
			else {
				children.computeIfAbsent(o.parent(), k -> new ArrayList<>()).add(o);
			}
		}
		for (int i = 0; i < ordered.size(); i++) {
			List<OrganizationFile.Objective> below = children.remove(ordered.get(i).key());
			if (below != null) {
				ordered.addAll(below);
			}
		}
		children.values().forEach(ordered::addAll);
		return ordered;
	}

	static List<CheckIn> sorted(List<CheckIn> checkIns) {
		List<CheckIn> copy = new ArrayList<>(checkIns);
		copy.sort(CHECK_IN_ORDER);
		return copy;
	}

}
