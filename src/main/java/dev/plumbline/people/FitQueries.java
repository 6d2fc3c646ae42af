package dev.plumbline.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of fit assessments: the latest fit of each person. Only for roles with
 * {@link Permission#VIEW_FITS}; anyone else gets a 403.
 */
@Component
@Reads
public class FitQueries {

	private final JdbcClient jdbc;

	private final FitSection section;

	FitQueries(JdbcClient jdbc, FitSection section) {
		this.jdbc = jdbc;
		this.section = section;
	}

	/** The latest fit of each person (by date; on one date, the seat last by key), people by name. */
	public Paged<Fit> latest(CurrentOrganization organization, int page, int size) {
		organization.require(Permission.VIEW_FITS);
		UUID org = organization.id();
		var ratings = this.section.ratings(org);
		Map<String, Fit> latest = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT f.id, p.person_key, p.name, s.seat_key, s.title, f.fit_date, f.gets_it, f.wants_it,
				       f.capacity, f.notes
				FROM fit f JOIN person p ON p.id = f.person_id LEFT JOIN seat s ON s.id = f.seat_id
				WHERE f.organization_id = :org ORDER BY f.fit_date, s.seat_key, f.id
				""").param("org", org).query(rs -> {
			var gwc = FitSection.gwc(rs);
			List<Fit.Rating> values = new ArrayList<>();
			ratings.getOrDefault(rs.getObject("id", UUID.class), Map.of())
				.forEach((value, rating) -> values.add(new Fit.Rating(value, rating.name().toLowerCase(Locale.ROOT))));
			Fit fit = new Fit(rs.getString("person_key"), rs.getString("name"), rs.getString("seat_key"),
					rs.getString("title"), rs.getObject("fit_date", LocalDate.class), values,
					gwc == null ? null : gwc.getsIt(), gwc == null ? null : gwc.wantsIt(),
					gwc == null ? null : gwc.capacity(), rs.getString("notes"));
			latest.merge(fit.personKey(), fit, FitQueries::later);
		});
		List<Fit> all = latest.values()
			.stream()
			.sorted(Comparator.comparing(Fit::personName).thenComparing(Fit::personKey))
			.toList();
		int from = (int) Math.min((long) page * size, all.size());
		return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
	}

	private static Fit later(Fit a, Fit b) {
		if (a.date() == null) {
			return b;
		}
		return b.date() != null && !b.date().isBefore(a.date()) ? b : a;
	}

}
