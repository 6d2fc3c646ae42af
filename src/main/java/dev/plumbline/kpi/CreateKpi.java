package dev.plumbline.kpi;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * A leader defines a KPI: what is measured, how often, which way is good and where red and green begin.
 */
@UseCase
public class CreateKpi {

	private final KpiInputs inputs;

	private final KpiStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CreateKpi(KpiInputs inputs, KpiStore store, ApplicationEventPublisher events, Clock clock) {
		this.inputs = inputs;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the new KPI's id
	 * @throws InvalidInputException listing every problem, each naming its field
	 */
	public UUID create(CurrentOrganization organization, KpiDraft draft) {
		organization.require(Permission.MANAGE_STRATEGY);
		KpiRules.Definition kpi = this.inputs.check(organization.id(), draft);
		UUID id = UUID.randomUUID();
		this.store.insert(organization.id(), id, kpi, this.clock.instant());
		this.events.publishEvent(new KpiChanged(organization.id(), organization.userId(), "kpi.created",
				"kpi " + kpi.key(), "Defined KPI \"" + kpi.name() + "\""));
		return id;
	}

}
