package dev.plumbline.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Index hints for H2, nothing for PostgreSQL. H2's planner takes {@code organization_id = :org AND
 * key_result_id IN (:ids)} through the index that leads with the organization — every row the organization
 * has (1.5 million check-ins at scale L, 0.8 s) — because it uses an IN list only on an index's first
 * column and prefers the equality. PostgreSQL plans these itself. Only indexes created by name in the
 * migrations may be named here (H2 names the indexes of constraints itself).
 */
@Component
public class IndexHints {

	private final boolean h2;

	IndexHints(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			this.h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

	/**
	 * {@code table} (a name, or a name and its alias: {@code "key_result k"}) as a FROM item read through
	 * {@code index} on H2: {@code key_result k USE INDEX (key_result_objective_idx)}.
	 */
	public String table(String table, String index) {
		return this.h2 ? table + " USE INDEX (" + index + ")" : table;
	}

}
