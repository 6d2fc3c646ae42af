package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of KPIs for pages, the API and other modules. A page of KPIs is one query plus a count,
 * plus one query for the pillars of the whole page; never one query per KPI.
 */
@Component
@Reads
public class KpiQueries {

	static final Set<String> STATUSES = Set.of("RED", "AMBER", "GREEN", "NONE", "STALE");


	private static final String SELECT = """
			SELECT k.id, k.kpi_key, k.name, k.unit, k.owner_id, p.person_key, p.name AS owner_name, p.email AS owner_email,
			       k.cadence, k.direction, k.target, k.red_threshold, k.green_threshold, k.version, k.latest_on, k.latest_value
			FROM kpi k LEFT JOIN person p ON p.id = k.owner_id
			""";

	private static final String RED = "(k.latest_value IS NOT NULL AND ((k.direction = 'INCREASE' AND k.latest_value <= k.red_threshold)"
			+ " OR (k.direction = 'DECREASE' AND k.latest_value >= k.red_threshold)))";

	private static final String GREEN = "(k.latest_value IS NOT NULL AND ((k.direction = 'INCREASE' AND k.latest_value >= k.green_threshold)"
			+ " OR (k.direction = 'DECREASE' AND k.latest_value <= k.green_threshold)))";

	private final JdbcClient jdbc;

	private final Clock clock;

	KpiQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** "Today" for status and staleness: the application's clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * One page of KPIs ordered by name.
	 * @throws InvalidInputException when the status filter is not one of RED, AMBER, GREEN, NONE, STALE
	 */
	public Paged<Kpi> page(UUID organizationId, KpiFilter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE k.organization_id = :org");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("org", organizationId);
		if (filter.pillar() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM kpi_pillar kp WHERE kp.kpi_id = k.id AND kp.organization_id = :org AND kp.pillar_key = :pillar)");
			params.put("pillar", filter.pillar());
		}
		if (filter.owner() != null) {
			where.append(" AND k.owner_id = :owner");
			params.put("owner", filter.owner());
		}
		if (filter.status() != null) {
			if (!STATUSES.contains(filter.status())) {
				throw new InvalidInputException("status", "must be one of red, amber, green, none, stale (was \""
						+ filter.status().toLowerCase(java.util.Locale.ROOT) + "\")");
			}
			where.append(" AND ").append(statusCondition(filter.status(), params));
		}
		long total = this.jdbc.sql("SELECT count(*) FROM kpi k" + where).params(params).query(Long.class).single();
		Paged<Kpi> empty = new Paged<>(List.of(), page, size, total);
		List<Kpi> kpis = this.jdbc.sql(SELECT + where + " ORDER BY k.name, k.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", empty.offset())
			.query(KpiQueries::kpi)
			.list();
		return new Paged<>(withPillars(organizationId, kpis), page, size, total);
	}

	/** Every KPI of the organization (for the audit and exports), ordered by name. */
	public List<Kpi> all(UUID organizationId) {
		return withPillars(organizationId, this.jdbc.sql(SELECT + " WHERE k.organization_id = :org ORDER BY k.name, k.id")
			.param("org", organizationId)
			.query(KpiQueries::kpi)
			.list());
	}

	/** The id of the KPI with this key (links from audit findings). */
	public Optional<UUID> idOfKey(UUID organizationId, String key) {
		return this.jdbc.sql("SELECT id FROM kpi WHERE organization_id = :org AND kpi_key = :key")
			.param("org", organizationId)
			.param("key", key)
			.query(UUID.class)
			.optional();
	}

	/** @throws NotFoundException when the organization has no such KPI */
	public Kpi kpi(UUID organizationId, UUID id) {
		return find(organizationId, id).orElseThrow(() -> new NotFoundException("No such KPI"));
	}

	public Optional<Kpi> find(UUID organizationId, UUID id) {
		return this.jdbc.sql(SELECT + " WHERE k.organization_id = :org AND k.id = :id")
			.param("org", organizationId)
			.param("id", id)
			.query(KpiQueries::kpi)
			.optional()
			.map(k -> withPillars(organizationId, List.of(k)).get(0));
	}

	/** Every measurement of the KPI, oldest first. */
	public List<Measurement> measurements(UUID organizationId, UUID kpiId) {
		return this.jdbc.sql("""
				SELECT measured_on, measured_value FROM kpi_measurement
				WHERE organization_id = :org AND kpi_id = :kpi ORDER BY measured_on
				""")
			.param("org", organizationId)
			.param("kpi", kpiId)
			.query((rs, i) -> new Measurement(rs.getObject("measured_on", LocalDate.class), plain(rs.getBigDecimal("measured_value"))))
			.list();
	}

	/** The KPIs by key, for bulk uploads. */
	Map<String, Kpi> byKey(UUID organizationId) {
		return all(organizationId).stream().collect(Collectors.toMap(Kpi::key, k -> k));
	}

	private String statusCondition(String status, Map<String, Object> params) {
		LocalDate today = today();
		return switch (status) {
			case "RED" -> RED;
			case "GREEN" -> GREEN;
			case "AMBER" -> "(k.latest_value IS NOT NULL AND NOT " + RED + " AND NOT " + GREEN + ")";
			case "NONE" -> "k.latest_value IS NULL";
			default -> {
				StringBuilder stale = new StringBuilder("(k.latest_on IS NULL");
				for (Cadence cadence : Cadence.values()) {
					String name = "fresh" + cadence.name();
					stale.append(" OR (k.cadence = '").append(cadence.name()).append("' AND k.latest_on < :").append(name).append(')');
					params.put(name, cadence.freshSince(today));
				}
				yield stale.append(')').toString();
			}
		};
	}

	private List<Kpi> withPillars(UUID organizationId, List<Kpi> kpis) {
		if (kpis.isEmpty()) {
			return kpis;
		}
		Map<UUID, List<String>> pillars = this.jdbc.sql("""
				SELECT kpi_id, pillar_key FROM kpi_pillar WHERE organization_id = :org AND kpi_id IN (:ids) ORDER BY pillar_key
				""")
			.param("org", organizationId)
			.param("ids", kpis.stream().map(Kpi::id).toList())
			.query((rs, i) -> Map.entry(rs.getObject("kpi_id", UUID.class), rs.getString("pillar_key")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return kpis.stream().map(k -> k.withPillars(pillars.getOrDefault(k.id(), List.of()))).toList();
	}

	private static Kpi kpi(ResultSet rs, int row) throws SQLException {
		BigDecimal latest = rs.getBigDecimal("latest_value");
		return new Kpi(rs.getObject("id", UUID.class), rs.getString("kpi_key"), rs.getString("name"), rs.getString("unit"),
				rs.getObject("owner_id", UUID.class), rs.getString("person_key"), rs.getString("owner_name"),
				rs.getString("owner_email"), List.of(), Cadence.valueOf(rs.getString("cadence")),
				Direction.valueOf(rs.getString("direction")), plain(rs.getBigDecimal("target")),
				plain(rs.getBigDecimal("red_threshold")), plain(rs.getBigDecimal("green_threshold")), rs.getLong("version"),
				rs.getObject("latest_on", LocalDate.class), plain(latest));
	}

	/** 12.5000 from NUMERIC(18,4) reads back as 12.5. */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
