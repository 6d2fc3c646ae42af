package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Sends the rows of a plain {@code INSERT INTO t (columns) VALUES (?, …, constant)} to PostgreSQL with
 * {@code COPY t (columns) FROM STDIN} in text format instead: the server parses one stream instead of
 * binding parameters row by row, which makes large imports several times faster than batched inserts.
 * Constants of the statement (such as a version {@code 0}) are repeated in every row. Statements of any
 * other shape are not copied ({@link #of} is empty) and stay on the JDBC batch path.
 */
final class PostgresCopy {

	private static final Pattern INSERT = Pattern.compile(
			"\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^()]*)\\)\\s*VALUES\\s*\\(([^()]*)\\)\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME = Pattern.compile("\\w+");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** Characters of text sent to the server at a time. */
	private static final int CHUNK = 1 << 16;

	private final String copy;

	/** Per column: null where a parameter goes, else the constant's text. */
	private final String[] constants;

	private final int parameters;

	/** Per parameter: the last id or timestamp written and its text. */
	private final Object[] lastValues;

	private final String[] lastTexts;

	private PostgresCopy(String copy, String[] constants, int parameters) {
		this.copy = copy;
		this.constants = constants;
		this.parameters = parameters;
		this.lastValues = new Object[parameters];
		this.lastTexts = new String[parameters];
	}

	/** The COPY equivalent of {@code insert}, if it is a single-row insert of parameters and numbers. */
	static Optional<PostgresCopy> of(String insert) {
		Matcher matcher = INSERT.matcher(insert);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String[] columns = matcher.group(2).split(",");
		String[] values = matcher.group(3).split(",");
		if (columns.length != values.length) {
			return Optional.empty();
		}
		String[] constants = new String[values.length];
		int parameters = 0;
		for (int i = 0; i < values.length; i++) {
			columns[i] = columns[i].trim();
			String value = values[i].trim();
			if (!NAME.matcher(columns[i]).matches()) {
				return Optional.empty();
			}
			if (value.equals("?")) {
				parameters++;
			}
			else if (NUMBER.matcher(value).matches()) {
				constants[i] = value;
			}
			else {
				return Optional.empty();
			}
		}
		String copy = "COPY " + matcher.group(1) + " (" + String.join(", ", columns) + ") FROM STDIN";
		return Optional.of(new PostgresCopy(copy, constants, parameters));
	}

	/** Whether {@code connection} is a PostgreSQL connection able to COPY. */
	static boolean supports(Connection connection) throws SQLException {
		return connection.isWrapperFor(PGConnection.class);
	}

	/** The COPY statement sent (for tests and messages). */
	String statement() {
		return this.copy;
	}

	/** Writes {@code rows} (the statement's parameters, in order) in one COPY; returns the rows copied. */
	long write(Connection connection, List<Object[]> rows) throws SQLException {
		CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(this.copy);
		try {
			// The rows go out in chunks as they are turned into text, not as one block at the end: the server
			// parses and inserts a chunk while the next one is being written, on the other core.
			StringBuilder text = new StringBuilder(CHUNK + 4096);
			for (Object[] row : rows) {
				appendRow(text, row);
				if (text.length() >= CHUNK) {
					send(in, text);
				}
			}
			send(in, text);
			return in.endCopy();
		}
		catch (SQLException | RuntimeException ex) {
			cancel(in, ex);
			throw ex;
		}
	}

	private static void send(CopyIn in, StringBuilder text) throws SQLException {
		if (text.length() > 0) {
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			in.writeToCopy(bytes, 0, bytes.length);
			text.setLength(0);
		}
	}

	/** Ends a COPY that failed halfway, so that the connection can roll the transaction back. */
	private static void cancel(CopyIn in, Exception failure) {
		try {
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	void appendRow(StringBuilder text, Object[] row) {
		if (row.length != this.parameters) {
			throw new IllegalArgumentException("Expected " + this.parameters + " values, got " + row.length);
		}
		int parameter = 0;
		for (int c = 0; c < this.constants.length; c++) {
			if (c > 0) {
				text.append('\t');
			}
			if (this.constants[c] != null) {
				text.append(this.constants[c]);
			}
			else {
				appendRemembered(text, parameter, row[parameter]);
				parameter++;
			}
		}
		text.append('\n');
	}

	// Most rows repeat a column's value (the organization's id, the import's timestamp, the parent's id for
	// its children), and turning a UUID or timestamp into text allocates and formats: the text of each
	// column's previous value is kept and reused while an equal value comes again (a copy of a timestamp is
	// kept, as a Timestamp can be changed after it was written).
	private void appendRemembered(StringBuilder text, int parameter, Object value) {
		if (!(value instanceof UUID) && !(value instanceof Timestamp)) {
			appendValue(text, value);
		}
		else if (value.equals(this.lastValues[parameter])) {
			text.append(this.lastTexts[parameter]);
		}
		else {
			String valueText;
			if (value instanceof Timestamp timestamp) {
				valueText = timestamp.toInstant().toString();
				this.lastValues[parameter] = timestamp.clone();
			}
			else {
				valueText = value.toString();
				this.lastValues[parameter] = value;
			}
			this.lastTexts[parameter] = valueText;
			text.append(valueText);
		}
	}

	/**
	 * Appends one value in COPY's text format: {@code \N} for null; in text, a backslash, tab, newline
	 * and carriage return become escapes (quotes and any other character pass as they are).
	 */
	static void appendValue(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
		}
		else if (value instanceof String string) {
			appendEscaped(text, string);
		}
		else if (value instanceof Timestamp timestamp) {
			// an instant in ISO form with its zone (Z), so the column's time zone handling cannot shift it
			text.append(timestamp.toInstant());
		}
		else if (value instanceof BigDecimal decimal) {
			text.append(decimal.toPlainString());
		}
		else if (value instanceof Boolean bool) {
			text.append(bool ? 't' : 'f');
		}
		else if (value instanceof UUID || value instanceof Number || value instanceof java.sql.Date
				|| value instanceof LocalDate || value instanceof Instant || value instanceof OffsetDateTime) {
			text.append(value);
		}
		else if (value instanceof Enum<?> constant) {
			appendEscaped(text, constant.name());
		}
		else {
			throw new IllegalArgumentException("Cannot COPY a value of type " + value.getClass().getName());
		}
	}

	private static void appendEscaped(StringBuilder text, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

}
