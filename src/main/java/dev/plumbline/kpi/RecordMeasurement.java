package dev.plumbline.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.ForbiddenException;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * Records one value of a KPI on a date. A second value on the same date replaces the first (a
 * correction), so that re-entering or re-uploading is safe. Dates in the future are refused.
 */
@UseCase
public class RecordMeasurement {

	private final KpiQueries queries;

	private final KpiAccess access;

	private final KpiStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecordMeasurement(KpiQueries queries, KpiAccess access, KpiStore store, ApplicationEventPublisher events,
			Clock clock) {
		this.queries = queries;
		this.access = access;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInputException naming {@code date} and {@code value}
	 * @throws ForbiddenException unless a leader, an admin or the KPI's owner
	 */
	public void record(CurrentOrganization organization, UUID kpiId, LocalDate date, BigDecimal value) {
		Kpi kpi = this.queries.kpi(organization.id(), kpiId);
		this.access.requireRecord(organization, kpi);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		if (date == null) {
			problems.add(new FieldProblem("date", "is required: a date like " + today));
		}
		else if (date.isAfter(today)) {
			problems.add(new FieldProblem("date", "must not be in the future (today is " + today + ")"));
		}
		KpiRules.value(problems, "value", value);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.store.measure(organization.id(), kpiId, date, value, this.clock.instant(), organization.userId());
		this.store.refreshLatest(organization.id(), Set.of(kpiId));
		this.events.publishEvent(new KpiChanged(organization.id(), organization.userId(), "kpi.measured",
				"kpi " + kpi.key(), "Recorded " + KpiQueries.plain(value).toPlainString() + " " + kpi.unit() + " for \""
						+ kpi.name() + "\" on " + date));
	}

}
