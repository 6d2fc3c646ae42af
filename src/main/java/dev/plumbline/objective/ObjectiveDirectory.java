package dev.plumbline.objective;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask about objectives (pickers, validation of references, the roadmap).
 */
public interface ObjectiveDirectory {

	/** Every objective of the organization, ordered by team then priority; one query. */
	List<ObjectiveSummary> summaries(UUID organizationId);

	Optional<ObjectiveSummary> byKey(UUID organizationId, String key);

	Optional<ObjectiveSummary> byId(UUID organizationId, UUID id);

}
