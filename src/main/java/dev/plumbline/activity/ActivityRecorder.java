package dev.plumbline.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.TrailEvent;

/**
 * Writes one trail row per write. It listens synchronously, inside the writer's transaction: a change
 * and its trail entry are committed together or not at all.
 */
@Component
class ActivityRecorder {

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void record(TrailEvent event) {
		String actorName = event.actorId() == null ? "system"
				: this.jdbc.sql("SELECT email FROM account WHERE id = :id")
					.param("id", event.actorId())
					.query(String.class)
					.optional()
					.orElse("unknown");
		this.jdbc.sql("""
				INSERT INTO activity (id, organization_id, occurred_at, actor_id, actor_name, action, subject, summary)
				VALUES (:id, :org, :at, :actor, :actorName, :action, :subject, :summary)
				""")
			.param("id", UUID.randomUUID())
			.param("org", event.organizationId())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actor", event.actorId())
			.param("actorName", actorName)
			.param("action", event.action())
			.param("subject", truncate(event.subject(), 200))
			.param("summary", event.summary())
			.update();
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
