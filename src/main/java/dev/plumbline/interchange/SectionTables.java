package dev.plumbline.interchange;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties a section's tables for one organization before an import writes them again.
 */
public final class SectionTables {

	private SectionTables() {
	}

	/** Deletes the organization's rows from each table, in the given order (children before parents). */
	public static void clear(JdbcClient jdbc, UUID organizationId, String... tables) {
		for (String table : tables) {
			jdbc.sql("DELETE FROM " + table + " WHERE organization_id = :org").param("org", organizationId).update();
		}
	}

}
