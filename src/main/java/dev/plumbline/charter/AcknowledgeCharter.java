package dev.plumbline.charter;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * A member says "I have read it" for the current charter version. Saying it twice changes nothing.
 */
@UseCase
public class AcknowledgeCharter {

	private final CharterStore store;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AcknowledgeCharter(CharterStore store, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the version acknowledged
	 */
	public long acknowledge(CurrentOrganization organization) {
		organization.require(Permission.ACKNOWLEDGE_CHARTER);
		long version = this.store.currentVersion(organization.id());
		if (version == 0) {
			throw new InvalidInputException("charter", "there is no charter to acknowledge yet");
		}
		int inserted = this.jdbc.sql("""
				INSERT INTO charter_acknowledgement (organization_id, account_id, version, acknowledged_at)
				SELECT :org, :account, :version, :now
				WHERE NOT EXISTS (SELECT 1 FROM charter_acknowledgement
				                  WHERE organization_id = :org AND account_id = :account AND version = :version)
				""")
			.param("org", organization.id())
			.param("account", organization.userId())
			.param("version", version)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 1) {
			this.events.publishEvent(new CharterAcknowledged(organization.id(), organization.userId(), version));
		}
		return version;
	}

}
