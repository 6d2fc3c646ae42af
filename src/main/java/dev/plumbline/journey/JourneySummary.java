package dev.plumbline.journey;

import dev.plumbline.interchange.OrganizationFile;

/**
 * A journey in a list: how many stages and pain points it has, how many of those are high or critical,
 * and the worst severity (null when no pain point has one).
 */
public record JourneySummary(String key, String name, String persona, int stages, int touchpoints, int painPoints,
		int severePainPoints, OrganizationFile.PainSeverity worst) {

	static JourneySummary of(OrganizationFile.Journey journey) {
		int touchpoints = 0;
		int painPoints = 0;
		int severe = 0;
		OrganizationFile.PainSeverity worst = null;
		for (OrganizationFile.Stage stage : journey.stages()) {
			touchpoints += stage.touchpoints().size();
			for (OrganizationFile.PainPoint pain : stage.painPoints()) {
				painPoints++;
				if (pain.severity() == null) {
					continue;
				}
				if (pain.severity().compareTo(OrganizationFile.PainSeverity.HIGH) >= 0) {
					severe++;
				}
				if (worst == null || pain.severity().compareTo(worst) > 0) {
					worst = pain.severity();
				}
			}
		}
		return new JourneySummary(journey.key(), journey.name(), journey.persona(), journey.stages().size(),
				touchpoints, painPoints, severe, worst);
	}

}
