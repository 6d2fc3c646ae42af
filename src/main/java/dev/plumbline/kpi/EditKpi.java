package dev.plumbline.kpi;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.shared.UseCase;

/**
 * A leader changes a KPI's definition, from the version they were looking at; when someone else saved
 * in between, nothing is written.
 */
@UseCase
public class EditKpi {

	private final KpiInputs inputs;

	private final KpiStore store;

	private final KpiQueries queries;

	private final ApplicationEventPublisher events;

	EditKpi(KpiInputs inputs, KpiStore store, KpiQueries queries, ApplicationEventPublisher events) {
		this.inputs = inputs;
		this.store = store;
		this.queries = queries;
		this.events = events;
	}

	/**
	 * @return the new version
	 * @throws InvalidInputException listing every problem
	 * @throws StaleVersionException when {@code basedOn} is no longer the KPI's version
	 */
	public long edit(CurrentOrganization organization, UUID id, long basedOn, KpiDraft draft) {
		organization.require(Permission.MANAGE_STRATEGY);
		Kpi before = this.queries.kpi(organization.id(), id);
		KpiRules.Definition kpi = this.inputs.check(organization.id(), draft);
		if (!this.store.update(organization.id(), id, basedOn, kpi)) {
			long current = this.store.version(organization.id(), id);
			throw new StaleVersionException("The KPI \"" + before.name() + "\" was changed meanwhile: you edited version "
					+ basedOn + ", it is now at version " + current + ". Reload it, then make your change again.", current);
		}
		this.events.publishEvent(new KpiChanged(organization.id(), organization.userId(), "kpi.edited",
				"kpi " + kpi.key(), "Edited KPI \"" + kpi.name() + "\""));
		return basedOn + 1;
	}

}
