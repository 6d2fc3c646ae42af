package dev.plumbline.interchange;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Resolves the file's keys to row ids: one query per table into a map, never a query per row.
 */
public final class SectionKeys {

	private SectionKeys() {
	}

	/** Key → id of every row of {@code table} in the organization. */
	public static Map<String, UUID> ids(JdbcClient jdbc, String table, String keyColumn, UUID organizationId) {
		Map<String, UUID> ids = new HashMap<>();
		jdbc.sql("SELECT " + keyColumn + ", id FROM " + table + " WHERE organization_id = :org")
			.param("org", organizationId)
			.query(rs -> {
				ids.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return ids;
	}

	/**
	 * The id of {@code key}, or null for no key.
	 * @throws IllegalArgumentException when the key is unknown (a validated file never has one)
	 */
	public static UUID ref(Map<String, UUID> ids, String key, String kind) {
		if (key == null) {
			return null;
		}
		UUID id = ids.get(key);
		if (id == null) {
			throw new IllegalArgumentException("No " + kind + " has the key \"" + key + "\"");
		}
		return id;
	}

}
