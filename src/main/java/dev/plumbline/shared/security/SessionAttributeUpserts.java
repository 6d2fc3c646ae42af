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
 * Adding a session attribute is an upsert. Spring Session inserts an attribute the session did not hold
 * when it was read; several first requests of one session at once (a new sign-in opening tabs, the
 * dashboard and its graph) each add the CSRF token, and all but one failed on the primary key with a 500.
 * The last writer wins, as it does for attributes that already existed.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

	/** H2's own upsert; it understands it in PostgreSQL mode too, where {@code ON CONFLICT … DO UPDATE} is not known. */
	static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
		String product = product(dataSource);
		if (product.contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (product.contains("h2")) {
			return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
		}
		return repository -> {
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
