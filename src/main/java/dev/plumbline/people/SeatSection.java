package dev.plumbline.people;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationSection;

/**
 * The {@code seats} section of an organization file: seats with their team, holder and responsibilities;
 * {@code reportsTo} is set in a second pass, once every seat of the file exists.
 */
@Component
class SeatSection implements OrganizationSection {

	static final String SECTION = "seats";

	private static final int[] SEAT_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.OTHER,
			Types.VARCHAR, Types.OTHER };

	private static final int[] RESPONSIBILITY_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR };

	private static final int[] REPORTS_TO_TYPES = { Types.OTHER, Types.OTHER };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PeopleQueries people;

	SeatSection(JdbcClient jdbc, JdbcTemplate template, PeopleQueries people) {
		this.jdbc = jdbc;
		this.template = template;
		this.people = people;
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public void clear(ImportContext context) {
		UUID org = context.organizationId();
		this.jdbc.sql("DELETE FROM seat_responsibility WHERE organization_id = :org").param("org", org).update();
		this.jdbc.sql("UPDATE seat SET reports_to_id = NULL WHERE organization_id = :org").param("org", org).update();
		this.jdbc.sql("DELETE FROM seat WHERE organization_id = :org").param("org", org).update();
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> teams = this.people.teamIds(org);
		Map<String, UUID> persons = this.people.personIds(org);
		Map<String, UUID> seatIds = new HashMap<>();
		file.seats().forEach(seat -> seatIds.put(seat.key(), context.newId()));
		try (BatchInsert seats = new BatchInsert(this.template,
				"INSERT INTO seat (id, organization_id, seat_key, title, team_id, contribution, holder_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
				SEAT_TYPES, context, SECTION, true);
				BatchInsert responsibilities = new BatchInsert(this.template,
						"INSERT INTO seat_responsibility (organization_id, seat_id, position, responsibility) VALUES (?, ?, ?, ?)",
						RESPONSIBILITY_TYPES, context, SECTION, false)
					.after(seats)) {
			for (OrganizationFile.Seat seat : file.seats()) {
				UUID id = seatIds.get(seat.key());
				seats.add(id, org, seat.key(), seat.title(), ref(teams, seat.team()), seat.contribution(),
						ref(persons, seat.holder()));
				for (int i = 0; i < seat.responsibilities().size(); i++) {
					responsibilities.add(org, id, i, seat.responsibilities().get(i));
				}
			}
		}
		// every seat exists now, whichever comes first in the file
		try (BatchInsert reports = new BatchInsert(this.template, "UPDATE seat SET reports_to_id = ? WHERE id = ?",
				REPORTS_TO_TYPES, context, SECTION, false)) {
			for (OrganizationFile.Seat seat : file.seats()) {
				if (seat.reportsTo() != null) {
					reports.add(ref(seatIds, seat.reportsTo()), seatIds.get(seat.key()));
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		Map<UUID, List<String>> responsibilities = new HashMap<>();
		this.jdbc.sql("""
				SELECT seat_id, responsibility FROM seat_responsibility WHERE organization_id = :org
				ORDER BY seat_id, position
				""").param("org", organizationId).query(rs -> {
			responsibilities.computeIfAbsent(rs.getObject("seat_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getString("responsibility"));
		});
		List<OrganizationFile.Seat> seats = this.jdbc.sql("""
				SELECT s.id, s.seat_key, s.title, t.team_key, r.seat_key AS reports_to, s.contribution,
				       p.person_key AS holder
				FROM seat s
				LEFT JOIN team t ON t.id = s.team_id
				LEFT JOIN seat r ON r.id = s.reports_to_id
				LEFT JOIN person p ON p.id = s.holder_id
				WHERE s.organization_id = :org
				""")
			.param("org", organizationId)
			.query((rs, n) -> new OrganizationFile.Seat(rs.getString("seat_key"), rs.getString("title"),
					rs.getString("team_key"), rs.getString("reports_to"), rs.getString("contribution"),
					responsibilities.getOrDefault(rs.getObject("id", UUID.class), List.of()), rs.getString("holder")))
			.list()
			.stream()
			.sorted(Comparator.comparing(OrganizationFile.Seat::key))
			.toList();
		return file.withSeats(seats);
	}

	private static UUID ref(Map<String, UUID> ids, String key) {
		return key == null ? null : ids.get(key);
	}

}
