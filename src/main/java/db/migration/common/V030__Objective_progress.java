package db.migration.common;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import dev.plumbline.objective.Direction;
import dev.plumbline.objective.Progress;

/**
 * Stores each objective's rolled-up progress ({@code objective.progress}, kept true on every write by
 * {@code ObjectiveProgress}) and fills it for the objectives already there. A Java migration because the
 * roll-up (a mean of means, bottom-up through the cascade) is no single SQL statement on both databases;
 * it reads only the columns this version has, so later migrations cannot change what it does.
 */
public class V030__Objective_progress extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE objective ADD COLUMN progress DOUBLE PRECISION DEFAULT 0 NOT NULL");
		}
		for (UUID org : organizations(connection)) {
			Map<UUID, Double> progress = Progress.rollUp(parents(connection, org), keyResults(connection, org));
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE objective SET progress = ? WHERE organization_id = ? AND id = ?")) {
				for (Map.Entry<UUID, Double> e : progress.entrySet()) {
					update.setDouble(1, e.getValue());
					update.setObject(2, org);
					update.setObject(3, e.getKey());
					update.addBatch();
				}
				update.executeBatch();
			}
		}
	}

	private static List<UUID> organizations(Connection connection) throws SQLException {
		List<UUID> orgs = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT DISTINCT organization_id FROM objective")) {
			while (rs.next()) {
				orgs.add(rs.getObject(1, UUID.class));
			}
		}
		return orgs;
	}

	private static Map<UUID, UUID> parents(Connection connection, UUID org) throws SQLException {
		Map<UUID, UUID> parents = new HashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT id, parent_id FROM objective WHERE organization_id = ?")) {
			select.setObject(1, org);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					parents.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
				}
			}
		}
		return parents;
	}

	private static Map<UUID, List<OptionalDouble>> keyResults(Connection connection, UUID org) throws SQLException {
		Map<UUID, List<OptionalDouble>> keyResults = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("""
				SELECT k.objective_id, k.baseline, k.target, k.direction, c.check_value
				FROM key_result k
				LEFT JOIN (SELECT key_result_id, check_value, ROW_NUMBER() OVER (PARTITION BY key_result_id
				           ORDER BY check_date DESC, created_at DESC, id DESC) AS n
				           FROM check_in WHERE organization_id = ?) c ON c.key_result_id = k.id AND c.n = 1
				WHERE k.organization_id = ?
				""")) {
			select.setObject(1, org);
			select.setObject(2, org);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					BigDecimal baseline = rs.getBigDecimal(2);
					keyResults.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
						.add(Progress.ofKeyResult(baseline, rs.getBigDecimal(3), Direction.valueOf(rs.getString(4)),
								rs.getBigDecimal(5)));
				}
			}
		}
		return keyResults;
	}

}
