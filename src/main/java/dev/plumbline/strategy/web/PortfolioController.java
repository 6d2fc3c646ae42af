package dev.plumbline.strategy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.charter.Charter;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.Pillar;
import dev.plumbline.objective.ObjectiveDirectory;
import dev.plumbline.objective.ObjectiveSummary;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.strategy.Initiative;
import dev.plumbline.strategy.InitiativeQueries;
import dev.plumbline.strategy.InitiativeStatus;
import dev.plumbline.strategy.PortfolioShares;

/**
 * The portfolio ("resources follow priorities") and the roadmap (initiatives and objectives on a timeline).
 */
@Controller
class PortfolioController {

	private final InitiativeQueries initiatives;

	private final ObjectiveDirectory objectives;

	private final CharterQueries charters;

	private final Clock clock;

	PortfolioController(InitiativeQueries initiatives, ObjectiveDirectory objectives, CharterQueries charters,
			Clock clock) {
		this.initiatives = initiatives;
		this.objectives = objectives;
		this.charters = charters;
		this.clock = clock;
	}

	/** A pillar's initiatives by status (only statuses that have some). */
	record PillarLane(Pillar pillar, PortfolioShares.PillarShare share, Map<InitiativeStatus, List<Initiative>> byStatus) {
	}

	@GetMapping("/o/{slug}/portfolio")
	String portfolio(CurrentOrganization organization, Model model) {
		Charter charter = this.charters.current(organization.id());
		List<Initiative> all = this.initiatives.all(organization.id());
		Function<Initiative, Set<String>> pillarsOf = servedPillars(organization.id());
		PortfolioShares shares = PortfolioShares.of(charter.content().pillars(), all, pillarsOf::apply);
		List<PillarLane> lanes = new ArrayList<>();
		for (Pillar pillar : charter.content().pillars()) {
			Map<InitiativeStatus, List<Initiative>> byStatus = new LinkedHashMap<>();
			Arrays.stream(InitiativeStatus.values()).forEach(status -> {
				List<Initiative> here = all.stream()
					.filter(i -> i.status() == status && pillarsOf.apply(i).contains(pillar.key()))
					.toList();
				if (!here.isEmpty()) {
					byStatus.put(status, here);
				}
			});
			PortfolioShares.PillarShare share = shares.pillars().stream().filter(s -> s.key().equals(pillar.key()))
				.findFirst().orElseThrow();
			lanes.add(new PillarLane(pillar, share, byStatus));
		}
		Set<String> known = charter.content().pillars().stream().map(Pillar::key).collect(Collectors.toSet());
		model.addAttribute("lanes", lanes);
		model.addAttribute("orphans", all.stream()
			.filter(i -> pillarsOf.apply(i).stream().noneMatch(known::contains))
			.toList());
		model.addAttribute("shares", shares);
		model.addAttribute("sharesChart", StrategyCharts.shares(shares));
		model.addAttribute("activeCount", all.stream().filter(i -> i.status() == InitiativeStatus.ACTIVE).count());
		model.addAttribute("totalCount", all.size());
		model.addAttribute("totalBudget", StrategyView.money(shares.totalBudget()));
		model.addAttribute("totalFte", shares.totalFte().stripTrailingZeros().toPlainString());
		return "strategy/portfolio";
	}

	@GetMapping("/o/{slug}/roadmap")
	String roadmap(CurrentOrganization organization, @RequestParam(defaultValue = "pillar") String by, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Charter charter = this.charters.current(organization.id());
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("roadmap", Roadmap.of(by, StrategyView.pillarNames(charter),
				this.initiatives.all(organization.id()), this.objectives.summaries(organization.id()),
				organization.slug(), today));
		model.addAttribute("today", today);
		return htmx != null ? "strategy/roadmap :: timeline" : "strategy/roadmap";
	}

	/** The pillars an initiative serves: its own, and those of the objectives it advances. */
	private Function<Initiative, Set<String>> servedPillars(UUID organizationId) {
		Map<UUID, List<String>> objectivePillars = this.objectives.summaries(organizationId).stream()
			.collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::pillarKeys));
		return initiative -> {
			Set<String> keys = new LinkedHashSet<>(initiative.pillarKeys());
			initiative.objectiveIds().forEach(id -> keys.addAll(objectivePillars.getOrDefault(id, List.of())));
			return keys;
		};
	}

}
