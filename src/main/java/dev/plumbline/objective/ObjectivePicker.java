package dev.plumbline.objective;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.objective.ObjectiveViews.Link;
import dev.plumbline.shared.Reads;

/**
 * The choices of an objective picker (the parent of an objective, ...): a limited number of objectives
 * whose title or key contains a search, never the whole organization.
 */
@Component
@Reads
public class ObjectivePicker {

	private final JdbcClient jdbc;

	ObjectivePicker(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * At most {@code limit} objectives whose title or key contains {@code search} (all when blank), by title,
	 * plus those already chosen (first); never {@code exclude} nor any objective below it (a parent picker
	 * must not offer a cycle). One query, two when some chosen objective is not among those found.
	 */
	public Picker choices(UUID organizationId, String search, UUID exclude, Collection<UUID> chosen, int limit) {
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
		Set<UUID> shown = found.stream().map(Link::id).collect(Collectors.toSet());
		List<UUID> missing = chosen.stream().filter(id -> !id.equals(exclude) && !shown.contains(id)).distinct().toList();
		if (!missing.isEmpty()) {
			found.addAll(0, this.jdbc.sql("SELECT o.id, o.objective_key, o.title, o.status FROM objective o"
					+ " WHERE o.organization_id = :org AND o.id IN (:ids) ORDER BY o.title, o.id")
				.param("org", organizationId)
				.param("ids", missing)
				.query((rs, i) -> link(rs))
				.list());
		}
		return new Picker(List.copyOf(found), more, text);
	}

	/** Whether the organization has every one of these objectives (an id from elsewhere is answered 404). */
	public boolean hasAll(UUID organizationId, Collection<UUID> ids) {
		Set<UUID> distinct = Set.copyOf(ids);
		return distinct.isEmpty() || this.jdbc.sql("SELECT count(*) FROM objective WHERE organization_id = :org AND id IN (:ids)")
			.param("org", organizationId)
			.param("ids", distinct)
			.query(Long.class)
			.single() == distinct.size();
	}

	private static Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Link(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				ObjectiveStatus.valueOf(rs.getString(4)), 0);
	}

	/** Choices of an objective picker; {@code more} when the search matched more objectives than it shows. */
	public record Picker(List<Link> objectives, boolean more, String search) {
	}

}
