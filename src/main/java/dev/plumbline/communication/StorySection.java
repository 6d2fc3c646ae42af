package dev.plumbline.communication;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import dev.plumbline.interchange.PracticeModel.Story;
import dev.plumbline.interchange.PracticeModel.StoryKind;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionTables;

/**
 * The {@code stories} section of an organization file; pillars keep the file's order.
 */
@Component
class StorySection implements OrganizationSection {

	static final String SECTION = "stories";

	private static final int[] STORY_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.DATE };

	private static final int[] PILLAR_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StorySection(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public int order() {
		return 120;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(), "story_pillar", "story");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		try (BatchInsert stories = new BatchInsert(this.template,
				"INSERT INTO story (id, organization_id, story_key, kind, title, body, story_date) VALUES (?, ?, ?, ?, ?, ?, ?)",
				STORY_TYPES, context, SECTION, true);
				BatchInsert pillars = new BatchInsert(this.template,
						"INSERT INTO story_pillar (organization_id, story_id, position, pillar_key) VALUES (?, ?, ?, ?)",
						PILLAR_TYPES, context, SECTION, false)
					.after(stories)) {
			for (Story story : file.stories()) {
				UUID id = context.newId();
				stories.add(id, org, story.key(), story.kind() == null ? null : story.kind().name(), story.title(),
						story.body(), story.date());
				for (int i = 0; i < story.pillars().size(); i++) {
					pillars.add(org, id, i, story.pillars().get(i));
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		return file.withStories(read(organizationId, null).stream().sorted(Comparator.comparing(Story::key)).toList());
	}

	/** Every story of the organization; only the one with {@code key} when it is not null. */
	List<Story> read(UUID organizationId, String key) {
		String only = key == null ? "" : " AND s.story_key = :key";
		Map<String, Object> params = new HashMap<>();
		params.put("org", organizationId);
		if (key != null) {
			params.put("key", key);
		}
		Map<UUID, List<String>> pillars = new HashMap<>();
		this.jdbc.sql("SELECT p.story_id, p.pillar_key FROM story_pillar p JOIN story s ON s.id = p.story_id "
				+ "WHERE p.organization_id = :org" + only + " ORDER BY p.story_id, p.position")
			.params(params)
			.query(rs -> {
				pillars.computeIfAbsent(rs.getObject("story_id", UUID.class), k -> new ArrayList<>())
					.add(rs.getString("pillar_key"));
			});
		return this.jdbc.sql("SELECT s.id, s.story_key, s.kind, s.title, s.body, s.story_date FROM story s "
				+ "WHERE s.organization_id = :org" + only)
			.params(params)
			.query((rs, n) -> new Story(rs.getString("story_key"),
					rs.getString("kind") == null ? null : StoryKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
					rs.getString("title"),
					rs.getString("body"), rs.getObject("story_date", LocalDate.class),
					pillars.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

}
