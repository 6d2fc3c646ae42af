package dev.plumbline.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with JDBC batch updates, a chunk at a time, so that an import of hundreds of
 * thousands of rows neither sends one statement per row nor holds one giant batch. A row is its
 * parameters in the order of the statement's {@code ?} markers; null is bound as SQL NULL.
 */
public final class BatchRows {

	/** Rows sent to the database per batch. */
	public static final int CHUNK = 1000;

	private final List<Object[]> rows = new ArrayList<>();

	private final String sql;

	public BatchRows(String sql) {
		this.sql = sql;
	}

	public BatchRows add(Object... row) {
		this.rows.add(row);
		return this;
	}

	public int size() {
		return this.rows.size();
	}

	/** Writes the rows collected so far and forgets them; returns how many were written. */
	public int flush(JdbcTemplate jdbc) {
		int written = this.rows.size();
		if (written > 0) {
			jdbc.batchUpdate(this.sql, this.rows, CHUNK, (statement, row) -> {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
			});
			this.rows.clear();
		}
		return written;
	}

	/** The inverse of a key → id map: id → key, for export. */
	public static <K, V> Map<V, K> inverse(Map<K, V> map) {
		Map<V, K> inverse = new HashMap<>(map.size() * 2);
		map.forEach((key, value) -> inverse.put(value, key));
		return inverse;
	}

	/** Groups rows by a column, keeping their order within each group. */
	public static <T, K> Map<K, List<T>> group(Collection<T> rows, Function<T, K> by) {
		Map<K, List<T>> groups = new HashMap<>();
		for (T row : rows) {
			groups.computeIfAbsent(by.apply(row), k -> new ArrayList<>()).add(row);
		}
		return groups;
	}

}
