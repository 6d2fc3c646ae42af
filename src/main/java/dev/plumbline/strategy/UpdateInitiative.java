package dev.plumbline.strategy;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.shared.UseCase;

/**
 * A leader changes an initiative, from the version they were looking at: when someone else saved in
 * between, nothing is written.
 */
@UseCase
public class UpdateInitiative {

	private final InitiativeRules rules;

	private final InitiativeStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UpdateInitiative(InitiativeRules rules, InitiativeStore store, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return the new version
	 * @throws NotFoundException when the organization has no such initiative
	 * @throws InvalidInputException listing every problem of the draft
	 * @throws StaleVersionException when {@code expectedVersion} is no longer the current version
	 */
	public long update(CurrentOrganization organization, UUID id, long expectedVersion, InitiativeDraft draft) {
		organization.require(Permission.MANAGE_STRATEGY);
		Initiative before = this.store.find(organization.id(), id)
			.orElseThrow(() -> new NotFoundException("This organization has no initiative " + id));
		InitiativeRules.Checked initiative = this.rules.check(organization.id(), draft);
		boolean saved;
		try {
			saved = this.store.update(organization.id(), id, expectedVersion, initiative, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("key", "\"" + initiative.key() + "\" is already used");
		}
		if (!saved) {
			long current = this.store.currentVersion(organization.id(), id);
			throw new StaleVersionException("\"" + before.name() + "\" was changed meanwhile: you edited version "
					+ expectedVersion + ", it is now at version " + current + ".", current);
		}
		String summary = before.status() == initiative.status() ? "Updated initiative \"" + initiative.name() + "\""
				: "Initiative \"" + initiative.name() + "\" moved from " + before.status() + " to " + initiative.status();
		this.events.publishEvent(new InitiativeChanged(organization.id(), organization.userId(), id,
				"initiative.updated", "initiative " + initiative.key(), summary));
		return expectedVersion + 1;
	}

}
