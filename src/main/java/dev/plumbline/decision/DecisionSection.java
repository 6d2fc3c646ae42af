package dev.plumbline.decision;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.DecisionStatus;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionTables;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;

/**
 * The {@code decisions} section of an organization file; scores and checklist keep the file's order.
 */
@Component
class DecisionSection implements OrganizationSection {

	static final String SECTION = "decisions";

	private static final int[] DECISION_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.DATE, Types.DATE, Types.OTHER };

	private static final int[] SCORE_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR,
			Types.INTEGER };

	private static final int[] CHECKLIST_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR,
			Types.BOOLEAN };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PeopleQueries people;

	DecisionSection(JdbcClient jdbc, JdbcTemplate template, PeopleQueries people) {
		this.jdbc = jdbc;
		this.template = template;
		this.people = people;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(),
				"decision_checklist_item", "decision_score", "decision");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> persons = this.people.personIds(org);
		try (BatchInsert decisions = new BatchInsert(this.template, """
				INSERT INTO decision (id, organization_id, decision_key, title, status, decided_on, revisit_on, owner_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", DECISION_TYPES, context, SECTION, true);
				BatchInsert scores = new BatchInsert(this.template,
						"INSERT INTO decision_score (organization_id, decision_id, position, subject_key, score) VALUES (?, ?, ?, ?, ?)",
						SCORE_TYPES, context, SECTION, false)
					.after(decisions);
				BatchInsert checklist = new BatchInsert(this.template,
						"INSERT INTO decision_checklist_item (organization_id, decision_id, position, item, ticked) VALUES (?, ?, ?, ?, ?)",
						CHECKLIST_TYPES, context, SECTION, false)
					.after(decisions)) {
			for (OrganizationFile.Decision decision : file.decisions()) {
				UUID id = context.newId();
				decisions.add(id, org, decision.key(), decision.title(), decision.status().name(),
						decision.decidedOn(), decision.revisitOn(),
						decision.owner() == null ? null : persons.get(decision.owner()));
				int position = 0;
				for (Map.Entry<String, Integer> score : decision.scores().entrySet()) {
					scores.add(org, id, position++, score.getKey(), score.getValue());
				}
				position = 0;
				for (Map.Entry<String, Boolean> item : decision.checklist().entrySet()) {
					checklist.add(org, id, position++, item.getKey(), item.getValue());
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		return file.withDecisions(read(organizationId, null).stream()
			.map(d -> new OrganizationFile.Decision(d.key(), d.title(), d.status(), d.decidedOn(), d.revisitOn(),
					d.ownerKey(), scores(d), checklist(d)))
			.toList());
	}

	/** Every decision of the organization by key; only the one with {@code key} when it is not null. */
	List<Decision> read(UUID organizationId, String key) {
		String only = key == null ? "" : " AND d.decision_key = :key";
		Map<String, Object> params = new HashMap<>();
		params.put("org", organizationId);
		if (key != null) {
			params.put("key", key);
		}
		Map<UUID, List<Decision.Score>> scores = new HashMap<>();
		this.jdbc.sql("SELECT s.decision_id, s.subject_key, s.score FROM decision_score s "
				+ "JOIN decision d ON d.id = s.decision_id WHERE s.organization_id = :org" + only
				+ " ORDER BY s.decision_id, s.position").params(params).query(rs -> {
					scores.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
						.add(new Decision.Score(rs.getString("subject_key"), rs.getInt("score")));
				});
		Map<UUID, List<Decision.ChecklistItem>> checklist = new HashMap<>();
		this.jdbc.sql("SELECT c.decision_id, c.item, c.ticked FROM decision_checklist_item c "
				+ "JOIN decision d ON d.id = c.decision_id WHERE c.organization_id = :org" + only
				+ " ORDER BY c.decision_id, c.position").params(params).query(rs -> {
					checklist.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>())
						.add(new Decision.ChecklistItem(rs.getString("item"), rs.getBoolean("ticked")));
				});
		Map<UUID, Person> people = this.people.peopleById(organizationId);
		return this.jdbc.sql("""
				SELECT d.id, d.decision_key, d.title, d.status, d.decided_on, d.revisit_on, d.owner_id
				FROM decision d WHERE d.organization_id = :org""" + only)
			.params(params)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				Person owner = people.get(rs.getObject("owner_id", UUID.class));
				return new Decision(rs.getString("decision_key"), rs.getString("title"),
						DecisionStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
						rs.getObject("decided_on", LocalDate.class), rs.getObject("revisit_on", LocalDate.class),
						owner == null ? null : owner.key(), owner == null ? null : owner.name(),
						scores.getOrDefault(id, List.of()), checklist.getOrDefault(id, List.of()));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(Decision::key))
			.toList();
	}

	private static Map<String, Integer> scores(Decision decision) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		decision.scores().forEach(score -> scores.put(score.key(), score.score()));
		return scores;
	}

	private static Map<String, Boolean> checklist(Decision decision) {
		Map<String, Boolean> checklist = new LinkedHashMap<>();
		decision.checklist().forEach(item -> checklist.put(item.item(), item.ticked()));
		return checklist;
	}

}
