package dev.plumbline.demo;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.plumbline.objective.ObjectiveDirectory;
import dev.plumbline.objective.ObjectiveSummary;
import dev.plumbline.organization.CurrentOrganization;

/**
 * The demo's work after its charter: teams and people, then objectives, then the initiatives that advance
 * them (linked by objective key), then KPIs — in that order, because each step refers to the ones before.
 */
@Component
class DemoWork {

	private final DemoTeams teams;

	private final DemoObjectives objectives;

	private final DemoStrategy strategy;

	private final DemoKpis kpis;

	private final ObjectiveDirectory directory;

	DemoWork(DemoTeams teams, DemoObjectives objectives, DemoStrategy strategy, DemoKpis kpis,
			ObjectiveDirectory directory) {
		this.teams = teams;
		this.objectives = objectives;
		this.strategy = strategy;
		this.kpis = kpis;
		this.directory = directory;
	}

	void seed(CurrentOrganization asAdmin, CurrentOrganization asLeader) {
		this.teams.seed(asAdmin);
		this.objectives.seed(asLeader);
		Map<String, UUID> objectiveIds = this.directory.summaries(asLeader.id())
			.stream()
			.collect(Collectors.toMap(ObjectiveSummary::key, ObjectiveSummary::id));
		this.strategy.seed(asLeader, objectiveIds);
		this.kpis.seed(asLeader);
	}

}
