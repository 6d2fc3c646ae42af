package dev.plumbline.objective;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.plumbline.objective.ObjectiveViews.Link;

/**
 * The choices of an objective picker (the parent of an objective, ...): a limited number of objectives
 * whose title or key contains a search, never the whole organization.
 */
@Component
@Transactional(readOnly = true)
public class ObjectivePicker {

	private final JdbcClient jdbc;

	ObjectivePicker(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * At most {@code limit} objectives whose title or key contains {@code search} (all when blank), by title,
	 * plus the one already chosen; never {@code exclude} nor any objective below it (a parent picker must
	 * not offer a cycle). One query, two when the chosen objective is not among those found.
	 */
	public Picker choices(UUID organizationId, String search, UUID exclude, UUID chosen, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
		}
		String text = search == null ? "" : search.strip();
		String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		String subtree = exclude == null ? "" : """
				WITH RECURSIVE subtree(id) AS (
				    SELECT id FROM objective WHERE organization_id = :org AND id = :exclude
				    UNION
				    SELECT c.id FROM objective c JOIN subtree s ON c.parent_id = s.id WHERE c.organization_id = :org
				)
				""";
		String notBelow = exclude == null ? "" : " AND o.id NOT IN (SELECT id FROM subtree)";
		List<Link> found = new ArrayList<>(this.jdbc
			.sql(subtree + "SELECT o.id, o.objective_key, o.title, o.status FROM objective o WHERE o.organization_id = :org"
					+ " AND (LOWER(o.title) LIKE :pattern ESCAPE '\\' OR LOWER(o.objective_key) LIKE :pattern ESCAPE '\\')"
					+ notBelow + " ORDER BY o.title, o.id LIMIT :limit")
			.param("org", organizationId)
			.param("pattern", pattern)
			.params(exclude == null ? Map.of() : Map.of("exclude", exclude))
			.param("limit", limit + 1)
			.query((rs, i) -> link(rs))
			.list());
		boolean more = found.size() > limit;
		if (more) {
			found.remove(limit);
		}
		if (chosen != null && !chosen.equals(exclude) && found.stream().noneMatch(o -> o.id().equals(chosen))) {
			this.jdbc.sql("SELECT o.id, o.objective_key, o.title, o.status FROM objective o"
					+ " WHERE o.organization_id = :org AND o.id = :id")
				.param("org", organizationId)
				.param("id", chosen)
				.query((rs, i) -> link(rs))
				.optional()
				.ifPresent(o -> found.add(0, o));
		}
		return new Picker(List.copyOf(found), more, text);
	}

	/** Whether the organization has this objective (an id from elsewhere is answered 404). */
	public boolean has(UUID organizationId, UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM objective WHERE organization_id = :org AND id = :id")
			.param("org", organizationId)
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private static Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Link(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				ObjectiveStatus.valueOf(rs.getString(4)), 0);
	}

	/** Choices of an objective picker; {@code more} when the search matched more objectives than it shows. */
	public record Picker(List<Link> objectives, boolean more, String search) {
	}

}
