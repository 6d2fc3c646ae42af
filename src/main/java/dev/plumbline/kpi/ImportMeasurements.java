package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.Csv;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * Bulk measurements from CSV ({@code kpi_key,date,value}), all or nothing: every bad row is reported with
 * its line number and reason, and then nothing is written. A row for a date that already has a value
 * replaces it, as a single measurement does; the same KPI and date twice in one file is refused.
 */
@UseCase
public class ImportMeasurements {

	static final List<String> HEADER = List.of("kpi_key", "date", "value");

	private final KpiQueries queries;

	private final KpiAccess access;

	private final KpiStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportMeasurements(KpiQueries queries, KpiAccess access, KpiStore store, ApplicationEventPublisher events,
			Clock clock) {
		this.queries = queries;
		this.access = access;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	private record Row(Kpi kpi, LocalDate date, BigDecimal value) {
	}

	/**
	 * @return how many measurements were stored
	 * @throws InvalidInputException with one problem per bad row, its field being {@code line N}
	 */
	public int importCsv(CurrentOrganization organization, String text) {
		organization.require(Permission.CHECK_IN);
		Map<String, Kpi> kpis = this.queries.byKey(organization.id());
		LocalDate today = LocalDate.now(this.clock);
		List<FieldProblem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		Map<UUID, Boolean> mayRecord = new HashMap<>();
		for (Csv.Row row : Csv.read(text, HEADER)) {
			List<String> reasons = new ArrayList<>();
			Kpi kpi = kpis.get(row.get(0));
			if (row.get(0).isEmpty()) {
				reasons.add("kpi_key is empty");
			}
			else if (kpi == null) {
				reasons.add("no KPI has the key \"" + row.get(0) + "\"");
			}
			else if (!mayRecord.computeIfAbsent(kpi.id(), id -> this.access.mayRecord(organization, kpi))) {
				reasons.add("you may record measurements only for KPIs you own; \"" + kpi.key() + "\" is not yours");
			}
			LocalDate date = date(row.get(1), today, reasons);
			BigDecimal value = value(row.get(2), reasons);
			if (kpi != null && date != null) {
				Integer earlier = seen.putIfAbsent(kpi.key() + "@" + date, row.line());
				if (earlier != null) {
					reasons.add("the same KPI and date as line " + earlier);
				}
			}
			if (reasons.isEmpty()) {
				rows.add(new Row(kpi, date, value));
			}
			else {
				problems.add(new FieldProblem("line " + row.line(), String.join("; ", reasons)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "has no rows below the header " + String.join(",", HEADER));
		}
		Set<UUID> touched = new LinkedHashSet<>();
		for (Row row : rows) {
			this.store.measure(organization.id(), row.kpi().id(), row.date(), row.value(), this.clock.instant(),
					organization.userId());
			touched.add(row.kpi().id());
		}
		this.store.refreshLatest(organization.id(), touched);
		this.events.publishEvent(new KpiChanged(organization.id(), organization.userId(), "kpi.measurements.imported",
				touched.size() == 1 ? "kpi " + rows.get(0).kpi().key() : touched.size() + " KPIs",
				"Imported " + rows.size() + " measurements for " + touched.size() + (touched.size() == 1 ? " KPI" : " KPIs")));
		return rows.size();
	}

	private static LocalDate date(String text, LocalDate today, List<String> reasons) {
		if (text.isEmpty()) {
			reasons.add("date is empty");
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.isAfter(today)) {
				reasons.add("date " + text + " is in the future");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			reasons.add("date \"" + text + "\" is not a date like 2026-03-31");
			return null;
		}
	}

	private static BigDecimal value(String text, List<String> reasons) {
		if (text.isEmpty()) {
			reasons.add("value is empty");
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text);
			List<FieldProblem> problems = new ArrayList<>();
			KpiRules.value(problems, "value", value);
			problems.forEach(p -> reasons.add("value " + p.message()));
			return value;
		}
		catch (NumberFormatException ex) {
			reasons.add("value \"" + text + "\" is not a number");
			return null;
		}
	}

}
