package dev.plumbline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An empty database of a test's own, of the kind the build tests against: on the PostgreSQL pass a new
 * database on the same server as the test database (dropped on close), else an H2 database in memory
 * or, when a test needs it to outlive a JVM, in a file under {@code target/}. For tests that start
 * application instances of their own (backup, upgrade, two nodes, a killed import).
 */
public final class ScratchDatabase implements AutoCloseable {

	private static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private final String url;

	private final String user;

	private final String dropped;

	private ScratchDatabase(String url, String user, String dropped) {
		this.url = url;
		this.user = user;
		this.dropped = dropped;
	}

	/** Whether this build's tests run on PostgreSQL ({@code -Ppostgres}). */
	public static boolean postgres() {
		return testUrl().startsWith("jdbc:postgresql:");
	}

	public static ScratchDatabase inMemory(String purpose) throws SQLException {
		return create(purpose, null);
	}

	/** On H2, a file database in {@code directory}, so that another JVM can open it too. */
	public static ScratchDatabase inFile(String purpose, Path directory) throws SQLException {
		return create(purpose, directory);
	}

	private static ScratchDatabase create(String purpose, Path directory) throws SQLException {
		String user = System.getProperty("spring.datasource.username", "sa");
		String name = purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
		if (postgres()) {
			try (Connection admin = DriverManager.getConnection(testUrl(), user, "");
					Statement statement = admin.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			String base = testUrl().substring(0, testUrl().lastIndexOf('/') + 1);
			return new ScratchDatabase(base + name, user, name);
		}
		String url = directory == null ? "jdbc:h2:mem:" + name + H2_MODE + ";DB_CLOSE_DELAY=-1"
				: "jdbc:h2:file:" + directory.toAbsolutePath().resolve(name) + H2_MODE;
		return new ScratchDatabase(url, user, null);
	}

	private static String testUrl() {
		return System.getProperty("spring.datasource.url", "jdbc:h2:mem:plumbline_test");
	}

	public String url() {
		return this.url;
	}

	public String user() {
		return this.user;
	}

	/** The properties that point an application at this database. */
	public Map<String, Object> properties() {
		return Map.of("spring.datasource.url", this.url, "spring.datasource.username", this.user,
				"spring.datasource.password", "");
	}

	/**
	 * Command-line arguments pointing an application at this database, plus {@code more}. Arguments, not
	 * default properties: those lose to application.properties and to the test database's system
	 * properties.
	 */
	public String[] arguments(Map<String, Object> more) {
		Map<String, Object> all = new LinkedHashMap<>(properties());
		all.putAll(more);
		return all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, "");
	}

	/** Rows in every table of the public schema, by table name. */
	public Map<String, Long> countEveryTable() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = connect()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = connection.createStatement().executeQuery("""
					SELECT table_name FROM information_schema.tables
					WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name
					""")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		return counts;
	}

	@Override
	public void close() throws SQLException {
		if (this.dropped != null) {
			try (Connection admin = DriverManager.getConnection(testUrl(), this.user, "");
					Statement statement = admin.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + this.dropped + " WITH (FORCE)");
			}
		}
		else if (this.url.startsWith("jdbc:h2:mem:")) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
	}

}
