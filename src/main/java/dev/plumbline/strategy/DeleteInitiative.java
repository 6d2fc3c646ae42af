package dev.plumbline.strategy;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.UseCase;

/**
 * A leader removes an initiative and its links.
 */
@UseCase
public class DeleteInitiative {

	private final InitiativeStore store;

	private final ApplicationEventPublisher events;

	DeleteInitiative(InitiativeStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/**
	 * @throws NotFoundException when the organization has no such initiative
	 */
	public void delete(CurrentOrganization organization, UUID id) {
		organization.require(Permission.MANAGE_STRATEGY);
		Initiative initiative = this.store.find(organization.id(), id)
			.orElseThrow(() -> new NotFoundException("This organization has no initiative " + id));
		this.store.delete(organization.id(), id);
		this.events.publishEvent(new InitiativeChanged(organization.id(), organization.userId(), id,
				"initiative.deleted", "initiative " + initiative.key(), "Deleted initiative \"" + initiative.name() + "\""));
	}

}
