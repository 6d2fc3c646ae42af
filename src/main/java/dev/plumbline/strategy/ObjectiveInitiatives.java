package dev.plumbline.strategy;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.objective.InitiativeLinks;
import dev.plumbline.shared.Reads;

/**
 * Tells the objective module which initiatives advance an objective (one query for the rows, one for
 * their links).
 */
@Component
@Reads
class ObjectiveInitiatives implements InitiativeLinks {

	private final InitiativeStore store;

	ObjectiveInitiatives(InitiativeStore store) {
		this.store = store;
	}

	@Override
	public List<LinkedInitiative> forObjective(UUID organizationId, UUID objectiveId) {
		return this.store.forObjective(organizationId, objectiveId)
			.stream()
			.map(i -> new LinkedInitiative(i.id(), i.key(), i.name(), i.status().name(), i.ownerName(), i.progress()))
			.toList();
	}

}
