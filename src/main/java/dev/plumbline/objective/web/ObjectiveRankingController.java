package dev.plumbline.objective.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.objective.ManageObjectives;
import dev.plumbline.objective.ObjectiveQueries;
import dev.plumbline.objective.ObjectiveViews.Item;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Requires;
import dev.plumbline.people.PeopleQueries;

/**
 * Priorities by team: one team's objectives in their order, and leaders moving one up or down (htmx
 * redraws the ranks).
 */
@Controller
class ObjectiveRankingController {

	private final ObjectiveQueries queries;

	private final ManageObjectives manage;

	private final PeopleQueries people;

	ObjectiveRankingController(ObjectiveQueries queries, ManageObjectives manage, PeopleQueries people) {
		this.queries = queries;
		this.manage = manage;
		this.people = people;
	}

	@GetMapping("/o/{slug}/objectives/ranking")
	String ranking(CurrentOrganization organization, @RequestParam(required = false) UUID team,
			@RequestParam(required = false) String teamSearch, Model model) {
		// a team must be chosen: without one, the first the (limited, searchable) picker lists
		PeopleQueries.TeamPicker picker = this.people.teamPicker(organization.id(), teamSearch, team, ObjectiveController.TEAM_CHOICES);
		UUID chosen = team != null ? team : picker.teams().isEmpty() ? null : picker.teams().get(0).id();
		model.addAttribute("team", chosen);
		model.addAttribute("teamPicker", picker);
		model.addAttribute("chosenTeam", chosen);
		model.addAttribute("emptyTeam", null);
		model.addAttribute("ranking", this.queries.ranking(organization.id(), chosen));
		model.addAttribute("canRank", organization.may(Permission.MANAGE_STRATEGY));
		return "objective/ranking";
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/objectives/{id}/move")
	String move(CurrentOrganization organization, @PathVariable UUID id, @RequestParam String direction,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		this.manage.move(organization, id, "up".equals(direction));
		UUID team = this.queries.item(organization.id(), id).map(Item::teamId).orElse(null);
		if (htmx == null) {
			return "redirect:/o/" + organization.slug() + "/objectives/ranking" + (team == null ? "" : "?team=" + team);
		}
		model.addAttribute("team", team);
		model.addAttribute("ranking", this.queries.ranking(organization.id(), team));
		model.addAttribute("canRank", true);
		return "objective/ranking :: ranks";
	}

}
