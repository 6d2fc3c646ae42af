package dev.plumbline.shared.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How sessions are written (their attributes are read back by {@link SessionAttributeBytes}). Adding a
 * session attribute is an upsert. Spring Session inserts an attribute the session did not hold when it was
 * read; several first requests of one session at once (a new sign-in opening tabs, the
 * dashboard and its graph) each add the CSRF token, and all but one failed on the primary key with a 500.
 * The last writer wins, as it does for attributes that already existed.
 * <p>
 * A session's row is rewritten only when it changed, or when its last access is older than
 * {@link #TOUCH_EVERY_MILLIS}. Spring Session writes the row on every request to move the last access
 * (and so the expiry) forward: one UPDATE per page view, and on PostgreSQL a dead row each time, since the
 * expiry is indexed (ADR 0012). The cost: a session may end up to a minute before its full idle timeout.
 * The statements take Spring Session's six parameters in its order and skip the write in their condition.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

	/** H2's own upsert; it understands it in PostgreSQL mode too, where {@code ON CONFLICT … DO UPDATE} is not known. */
	static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	/** A session's row is not rewritten just to move its last access by less than this. */
	static final long TOUCH_EVERY_MILLIS = 60_000;

	/** Spring Session's update parameters, named (their order is Spring Session's). */
	private static final String NEW_VALUES = """
			SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
			       CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
			       CAST(? AS VARCHAR(320)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id
			""";

	private static final String CHANGED = """
			(s.session_id <> v.session_id OR s.max_inactive_interval <> v.max_inactive_interval
			 OR s.principal_name IS DISTINCT FROM v.principal_name
			 OR v.last_access_time - s.last_access_time >= %d)
			""".formatted(TOUCH_EVERY_MILLIS);

	private static final String SET = """
			session_id = v.session_id, last_access_time = v.last_access_time,
			max_inactive_interval = v.max_inactive_interval, expiry_time = v.expiry_time, principal_name = v.principal_name
			""";

	static final String POSTGRES_UPDATE_SESSION = "UPDATE %TABLE_NAME% AS s SET " + SET + " FROM (" + NEW_VALUES
			+ ") AS v WHERE s.primary_id = v.primary_id AND " + CHANGED;

	static final String H2_UPDATE_SESSION = "MERGE INTO %TABLE_NAME% AS s USING (" + NEW_VALUES
			+ ") AS v ON s.primary_id = v.primary_id WHEN MATCHED AND " + CHANGED + " THEN UPDATE SET " + SET;

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
		String product = product(dataSource);
		ClassLoader classLoader = SessionAttributeUpserts.class.getClassLoader();
		return repository -> {
			repository.setConversionService(SessionAttributeBytes.conversionService(classLoader));
			if (product.contains("postgres")) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
				repository.setUpdateSessionQuery(POSTGRES_UPDATE_SESSION);
			}
			else if (product.contains("h2")) {
				repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
				repository.setUpdateSessionQuery(H2_UPDATE_SESSION);
			}
		};
	}

	private static String product(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database the sessions are kept in", ex);
		}
	}

}
