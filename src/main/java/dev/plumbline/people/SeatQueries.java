package dev.plumbline.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of seats: a page of them by key, one by key, and the whole accountability chart as a
 * tree by {@code reportsTo}.
 */
@Component
@Reads
public class SeatQueries {

	private static final String SELECT = """
			SELECT s.id, s.seat_key, s.title, t.team_key, t.name AS team_name, r.seat_key AS reports_to,
			       s.contribution, p.person_key AS holder_key, p.name AS holder_name
			FROM seat s
			LEFT JOIN team t ON t.id = s.team_id
			LEFT JOIN seat r ON r.id = s.reports_to_id
			LEFT JOIN person p ON p.id = s.holder_id
			WHERE s.organization_id = :org
			""";

	private final JdbcClient jdbc;

	SeatQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Paged<Seat> page(UUID organizationId, int page, int size) {
		long total = this.jdbc.sql("SELECT count(*) FROM seat WHERE organization_id = :org")
			.param("org", organizationId)
			.query(Long.class)
			.single();
		List<Seat> seats = seats(SELECT + " ORDER BY s.seat_key LIMIT :limit OFFSET :offset", organizationId,
				Map.of("limit", size, "offset", (long) page * size));
		return new Paged<>(seats, page, size, total);
	}

	public Optional<Seat> seat(UUID organizationId, String key) {
		return seats(SELECT + " AND s.seat_key = :key", organizationId, Map.of("key", key)).stream().findFirst();
	}

	/** Every seat, depth first from the seats that report to no one, siblings by title. */
	public List<Seat.InChart> chart(UUID organizationId) {
		List<Seat> seats = seats(SELECT, organizationId, Map.of());
		Map<String, List<Seat>> below = new HashMap<>();
		Set<String> keys = new HashSet<>();
		seats.forEach(seat -> keys.add(seat.key()));
		List<Seat> tops = new ArrayList<>();
		for (Seat seat : seats) {
			if (seat.reportsTo() == null || !keys.contains(seat.reportsTo())) {
				tops.add(seat);
			}
			else {
				below.computeIfAbsent(seat.reportsTo(), k -> new ArrayList<>()).add(seat);
			}
		}
		List<Seat.InChart> chart = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		tops.stream().sorted(BY_TITLE).forEach(top -> walk(top, 0, below, chart, seen));
		// seats in a reporting cycle hang from nothing: list them at the end rather than lose them
		seats.stream().filter(seat -> !seen.contains(seat.key())).sorted(BY_TITLE)
			.forEach(seat -> walk(seat, 0, below, chart, seen));
		return chart;
	}

	private static final Comparator<Seat> BY_TITLE = Comparator.comparing(Seat::title).thenComparing(Seat::key);

	private static void walk(Seat seat, int depth, Map<String, List<Seat>> below, List<Seat.InChart> chart,
			Set<String> seen) {
		if (!seen.add(seat.key())) {
			return;
		}
		chart.add(new Seat.InChart(seat, depth));
		below.getOrDefault(seat.key(), List.of()).stream().sorted(BY_TITLE)
			.forEach(child -> walk(child, depth + 1, below, chart, seen));
	}

	private List<Seat> seats(String sql, UUID organizationId, Map<String, Object> params) {
		Map<UUID, List<String>> responsibilities = new HashMap<>();
		List<UUID> ids = new ArrayList<>();
		List<Object[]> rows = this.jdbc.sql(sql)
			.param("org", organizationId)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("seat_key"),
					rs.getString("title"), rs.getString("team_key"), rs.getString("team_name"),
					rs.getString("reports_to"), rs.getString("contribution"), rs.getString("holder_key"),
					rs.getString("holder_name") })
			.list();
		rows.forEach(row -> ids.add((UUID) row[0]));
		if (!ids.isEmpty()) {
			boolean few = ids.size() <= Paged.MAX_SIZE;
			this.jdbc.sql("SELECT seat_id, responsibility FROM seat_responsibility WHERE organization_id = :org"
					+ (few ? " AND seat_id IN (:ids)" : "") + " ORDER BY seat_id, position")
				.param("org", organizationId)
				.param("ids", few ? ids : List.of(organizationId))
				.query(rs -> {
				responsibilities.computeIfAbsent(rs.getObject("seat_id", UUID.class), k -> new ArrayList<>())
					.add(rs.getString("responsibility"));
			});
		}
		return rows.stream()
			.map(r -> new Seat((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
					(String) r[6], responsibilities.getOrDefault((UUID) r[0], List.of()), (String) r[7],
					(String) r[8]))
			.toList();
	}

}
