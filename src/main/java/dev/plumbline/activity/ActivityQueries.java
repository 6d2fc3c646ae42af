package dev.plumbline.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.Reads;

/**
 * Reads an organization's trail, newest first, a page at a time.
 */
@Component
@Reads
public class ActivityQueries {

	private final JdbcClient jdbc;

	ActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Entry(Instant occurredAt, String actor, String action, String subject, String summary) {
	}

	public record Page(List<Entry> entries, int page, int size, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	public Page page(UUID organizationId, int page, int size) {
		int safeSize = Math.min(Math.max(size, 1), 200);
		int safePage = Math.max(page, 0);
		long total = this.jdbc.sql("SELECT count(*) FROM activity WHERE organization_id = :org")
			.param("org", organizationId)
			.query(Long.class)
			.single();
		List<Entry> entries = this.jdbc.sql("""
				SELECT occurred_at, actor_name, action, subject, summary FROM activity
				WHERE organization_id = :org ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset
				""")
			.param("org", organizationId)
			.param("limit", safeSize)
			.param("offset", (long) safePage * safeSize)
			.query((rs, i) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"),
					rs.getString("action"), rs.getString("subject"), rs.getString("summary")))
			.list();
		return new Page(entries, safePage, safeSize, total);
	}

}
