package dev.plumbline.strategy;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * A leader adds an initiative to the strategy inventory.
 */
@UseCase
public class CreateInitiative {

	private final InitiativeRules rules;

	private final InitiativeStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CreateInitiative(InitiativeRules rules, InitiativeStore store, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the new initiative's id
	 * @throws InvalidInputException listing every problem of the draft
	 */
	public UUID create(CurrentOrganization organization, InitiativeDraft draft) {
		organization.require(Permission.MANAGE_STRATEGY);
		InitiativeRules.Checked initiative = this.rules.check(organization.id(), draft);
		UUID id = UUID.randomUUID();
		try {
			this.store.insert(organization.id(), id, initiative, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("key", "\"" + initiative.key() + "\" is already used");
		}
		this.events.publishEvent(new InitiativeChanged(organization.id(), organization.userId(), id,
				"initiative.created", "initiative " + initiative.key(), "Added initiative \"" + initiative.name() + "\""));
		return id;
	}

}
