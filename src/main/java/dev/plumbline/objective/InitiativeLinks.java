package dev.plumbline.objective;

import java.util.List;
import java.util.UUID;

/**
 * Which initiatives advance an objective, for the objective page. Implemented by the strategy module
 * (which depends on this one, never the other way round).
 */
public interface InitiativeLinks {

	record LinkedInitiative(UUID id, String key, String name, String status, String ownerName, int progress) {
	}

	List<LinkedInitiative> forObjective(UUID organizationId, UUID objectiveId);

}
