package dev.plumbline.interchange;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with one prepared statement, sent to the database in JDBC batches of
 * {@value #BATCH_SIZE}. Sections use it to load large files without a round trip per row; when
 * {@code counted}, every flushed row is reported to the import's progress under the section's name.
 * On PostgreSQL a plain insert goes through {@link PostgresCopy} instead, {@value #COPY_SIZE} rows per
 * COPY, on the transaction's connection (so the import stays all-or-nothing); H2 and statements of
 * other shapes keep the batch.
 */
public final class BatchInsert implements AutoCloseable {

	static final int BATCH_SIZE = 1000;

	static final int COPY_SIZE = 10_000;

	private final JdbcTemplate jdbc;

	private final String sql;

	private final int[] nullTypes;

	private final ImportContext context;

	private final String section;

	private final boolean counted;

	private final PostgresCopy copy;

	private final int batchSize;

	private final List<Object[]> pending;

	private long written;

	private BatchInsert parent;

	/**
	 * @param nullTypes the {@link java.sql.Types} of each parameter, used when a value is null
	 */
	public BatchInsert(JdbcTemplate jdbc, String sql, int[] nullTypes, ImportContext context, String section,
			boolean counted) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.nullTypes = nullTypes.clone();
		this.context = context;
		this.section = section;
		this.counted = counted;
		this.copy = PostgresCopy.of(sql)
			.filter(c -> Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) PostgresCopy::supports)))
			.orElse(null);
		this.batchSize = (this.copy != null) ? COPY_SIZE : BATCH_SIZE;
		this.pending = new ArrayList<>(this.batchSize);
	}

	/** Whether the rows go to the database with COPY rather than a JDBC batch. */
	boolean copies() {
		return this.copy != null;
	}

	/**
	 * Makes this writer send the rows of {@code parent} before its own, for rows that reference the
	 * parent's (check-ins of key results written at the same time).
	 */
	public BatchInsert after(BatchInsert parent) {
		this.parent = parent;
		return this;
	}

	public void add(Object... row) {
		if (row.length != this.nullTypes.length) {
			throw new IllegalArgumentException("Expected " + this.nullTypes.length + " values, got " + row.length);
		}
		this.pending.add(row);
		if (this.pending.size() >= this.batchSize) {
			flush();
		}
	}

	/** Rows sent to the database so far. */
	public long written() {
		return this.written;
	}

	@Override
	public void close() {
		flush();
	}

	private void flush() {
		if (this.parent != null) {
			this.parent.flush();
		}
		if (this.pending.isEmpty()) {
			return;
		}
		List<Object[]> rows = List.copyOf(this.pending);
		this.pending.clear();
		if (this.copy != null) {
			this.jdbc.execute((ConnectionCallback<Long>) connection -> this.copy.write(connection, rows));
		}
		else {
			batch(rows);
		}
		this.written += rows.size();
		if (this.counted) {
			this.context.progress().rowsWritten(this.section, rows.size());
		}
	}

	private void batch(List<Object[]> rows) {
		this.jdbc.batchUpdate(this.sql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				Object[] row = rows.get(i);
				for (int c = 0; c < row.length; c++) {
					if (row[c] == null) {
						ps.setNull(c + 1, BatchInsert.this.nullTypes[c]);
					}
					else {
						ps.setObject(c + 1, row[c]);
					}
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
	}

}
