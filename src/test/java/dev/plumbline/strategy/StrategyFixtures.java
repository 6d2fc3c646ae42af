package dev.plumbline.strategy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;


import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows the strategy tests need from other modules: objectives written straight into their tables (the
 * objective use cases live elsewhere).
 */

public class StrategyFixtures {

	private final JdbcClient jdbc;

	public StrategyFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID objective(UUID organizationId, String key, String title, LocalDate start, LocalDate due,
			String... pillars) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO objective (id, organization_id, objective_key, title, status, start_date, due_date,
				  created_at, updated_at) VALUES (:id, :org, :key, :title, 'ACTIVE', :start, :due, :now, :now)
				""").param("id", id).param("org", organizationId).param("key", key).param("title", title)
			.param("start", start == null ? null : java.sql.Date.valueOf(start))
			.param("due", due == null ? null : java.sql.Date.valueOf(due)).param("now", now).update();
		for (String pillar : pillars) {
			this.jdbc.sql("INSERT INTO objective_pillar (organization_id, objective_id, pillar_key) VALUES (:org, :id, :p)")
				.param("org", organizationId).param("id", id).param("p", pillar).update();
		}
		return id;
	}

}
