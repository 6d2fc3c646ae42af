package db.migration.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keeps the latest audit report gzip-compressed ({@code audit_latest.report_gzip}) instead of as text: at
 * scale L the report is 52 MB of JSON, which H2 holds in one page (a 2 GB heap was not enough to write it
 * under load) and PostgreSQL compresses again on every write. Compresses the reports already stored, one
 * organization at a time, then drops the text column. Plain {@code java.util.zip}, so that later changes of
 * the application's code cannot change what this migration does.
 */
public class V036__Audit_report_gzip extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE audit_latest ADD COLUMN report_gzip BYTEA");
		}
		for (UUID org : organizations(connection)) {
			String json;
			try (PreparedStatement select = connection
				.prepareStatement("SELECT report_json FROM audit_latest WHERE organization_id = ?")) {
				select.setObject(1, org);
				try (ResultSet rs = select.executeQuery()) {
					rs.next();
					json = rs.getString(1);
				}
			}
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE audit_latest SET report_gzip = ? WHERE organization_id = ?")) {
				update.setBytes(1, gzip(json));
				update.setObject(2, org);
				update.executeUpdate();
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE audit_latest DROP COLUMN report_json");
			statement.execute("ALTER TABLE audit_latest ALTER COLUMN report_gzip SET NOT NULL");
		}
	}

	private static List<UUID> organizations(Connection connection) throws SQLException {
		List<UUID> orgs = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT organization_id FROM audit_latest")) {
			while (rs.next()) {
				orgs.add(rs.getObject(1, UUID.class));
			}
		}
		return orgs;
	}

	private static byte[] gzip(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
