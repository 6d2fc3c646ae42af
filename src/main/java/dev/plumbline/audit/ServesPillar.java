package dev.plumbline.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.plumbline.interchange.OrganizationFile;

/**
 * Which objectives serve a pillar, directly or through their parent chain (used to draw the graph).
 */
final class ServesPillar {

	private ServesPillar() {
	}

	static Set<String> objectivesServingAPillar(OrganizationFile file) {
		Map<String, OrganizationFile.Objective> byKey = new HashMap<>();
		file.objectives().forEach(objective -> byKey.put(objective.key(), objective));
		Map<String, Boolean> known = new HashMap<>();
		Set<String> serving = new HashSet<>();
		for (OrganizationFile.Objective objective : file.objectives()) {
			if (serves(objective, byKey, known, new HashSet<>())) {
				serving.add(objective.key());
			}
		}
		return serving;
	}

	private static boolean serves(OrganizationFile.Objective objective, Map<String, OrganizationFile.Objective> byKey,
			Map<String, Boolean> known, Set<String> path) {
		Boolean cached = known.get(objective.key());
		if (cached != null) {
			return cached;
		}
		boolean result;
		if (!objective.pillars().isEmpty()) {
			result = true;
		}
		else if (objective.parent() == null || !path.add(objective.key()) || !byKey.containsKey(objective.parent())) {
			result = false;
		}
		else {
			result = serves(byKey.get(objective.parent()), byKey, known, path);
		}
		known.put(objective.key(), result);
		return result;
	}

}
