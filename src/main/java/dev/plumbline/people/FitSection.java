package dev.plumbline.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionTables;

/**
 * The {@code fits} section of an organization file: fit assessments of a person in a seat, with the
 * values ratings in the file's order. Exported by person key, date and seat key.
 */
@Component
class FitSection implements OrganizationSection {

	static final String SECTION = "fits";

	static final Comparator<OrganizationFile.Fit> ORDER = Comparator.comparing(OrganizationFile.Fit::person)
		.thenComparing(OrganizationFile.Fit::date, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(OrganizationFile.Fit::seat, Comparator.nullsFirst(Comparator.naturalOrder()));

	private static final int[] FIT_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER, Types.DATE,
			Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.VARCHAR };

	private static final int[] RATING_TYPES = { Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR,
			Types.VARCHAR };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PeopleQueries people;

	FitSection(JdbcClient jdbc, JdbcTemplate template, PeopleQueries people) {
		this.jdbc = jdbc;
		this.template = template;
		this.people = people;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(), "fit_value_rating", "fit");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> persons = this.people.personIds(org);
		Map<String, UUID> seats = seatIds(org);
		try (BatchInsert fits = new BatchInsert(this.template, """
				INSERT INTO fit (id, organization_id, person_id, seat_id, fit_date, gets_it, wants_it, capacity, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", FIT_TYPES, context, SECTION, true);
				BatchInsert ratings = new BatchInsert(this.template,
						"INSERT INTO fit_value_rating (organization_id, fit_id, position, value_key, rating) VALUES (?, ?, ?, ?, ?)",
						RATING_TYPES, context, SECTION, false)
					.after(fits)) {
			for (OrganizationFile.Fit fit : file.fits()) {
				UUID id = context.newId();
				OrganizationFile.Gwc gwc = fit.gwc();
				fits.add(id, org, persons.get(fit.person()), fit.seat() == null ? null : seats.get(fit.seat()),
						fit.date(), gwc == null ? null : gwc.getsIt(), gwc == null ? null : gwc.wantsIt(),
						gwc == null ? null : gwc.capacity(), fit.notes());
				int position = 0;
				for (Map.Entry<String, OrganizationFile.FitRating> rating : fit.values().entrySet()) {
					ratings.add(org, id, position++, rating.getKey(), rating.getValue().name());
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		Map<UUID, Map<String, OrganizationFile.FitRating>> ratings = ratings(organizationId);
		List<OrganizationFile.Fit> fits = this.jdbc.sql("""
				SELECT f.id, p.person_key, s.seat_key, f.fit_date, f.gets_it, f.wants_it, f.capacity, f.notes
				FROM fit f JOIN person p ON p.id = f.person_id LEFT JOIN seat s ON s.id = f.seat_id
				WHERE f.organization_id = :org
				""")
			.param("org", organizationId)
			.query((rs, n) -> new OrganizationFile.Fit(rs.getString("person_key"), rs.getString("seat_key"),
					rs.getObject("fit_date", LocalDate.class),
					ratings.getOrDefault(rs.getObject("id", UUID.class), Map.of()), gwc(rs), rs.getString("notes")))
			.list()
			.stream()
			.sorted(ORDER)
			.toList();
		return file.withFits(fits);
	}

	/** Fit id → value key → rating, each fit's ratings in the file's order. */
	Map<UUID, Map<String, OrganizationFile.FitRating>> ratings(UUID organizationId) {
		Map<UUID, Map<String, OrganizationFile.FitRating>> ratings = new HashMap<>();
		this.jdbc.sql("""
				SELECT fit_id, value_key, rating FROM fit_value_rating WHERE organization_id = :org
				ORDER BY fit_id, position
				""").param("org", organizationId).query(rs -> {
			ratings.computeIfAbsent(rs.getObject("fit_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("value_key"),
						OrganizationFile.FitRating.valueOf(rs.getString("rating").toUpperCase(Locale.ROOT)));
		});
		return ratings;
	}

	static OrganizationFile.Gwc gwc(ResultSet rs) throws SQLException {
		Boolean getsIt = (Boolean) rs.getObject("gets_it");
		Boolean wantsIt = (Boolean) rs.getObject("wants_it");
		Boolean capacity = (Boolean) rs.getObject("capacity");
		if (getsIt == null && wantsIt == null && capacity == null) {
			return null;
		}
		return new OrganizationFile.Gwc(Boolean.TRUE.equals(getsIt), Boolean.TRUE.equals(wantsIt),
				Boolean.TRUE.equals(capacity));
	}

	private Map<String, UUID> seatIds(UUID org) {
		Map<String, UUID> ids = new HashMap<>();
		this.jdbc.sql("SELECT seat_key, id FROM seat WHERE organization_id = :org").param("org", org).query(rs -> {
			ids.put(rs.getString("seat_key"), rs.getObject("id", UUID.class));
		});
		return ids;
	}

}
