package dev.plumbline.people.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.ManagePeople;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.shared.InvalidInputException;

/**
 * Teams and people of the organization; LEADERs and ADMINs add them.
 */
@Controller
class PeopleController {

	/** How many people a picker lists at once; more are found by searching. */
	static final int PICKER_SIZE = 100;

	private final PeopleQueries queries;

	private final ManagePeople managePeople;

	PeopleController(PeopleQueries queries, ManagePeople managePeople) {
		this.queries = queries;
		this.managePeople = managePeople;
	}

	@GetMapping("/o/{slug}/people")
	String people(CurrentOrganization organization, Model model) {
		model.addAttribute("teams", this.queries.teams(organization.id()));
		model.addAttribute("people", this.queries.people(organization.id()));
		model.addAttribute("canManage", organization.may(Permission.MANAGE_PEOPLE));
		return "people/people";
	}

	/**
	 * The options of a person picker for a name search (htmx replaces a picker's options with them): at
	 * most {@value #PICKER_SIZE} people, plus the one already chosen.
	 */
	@GetMapping("/o/{slug}/people/options")
	String options(CurrentOrganization organization, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID chosen, @RequestParam(defaultValue = "Anyone") String empty,
			Model model) {
		model.addAttribute("picker", this.queries.picker(organization.id(), q, chosen, PICKER_SIZE));
		model.addAttribute("chosen", chosen);
		model.addAttribute("empty", empty);
		return "people/picker :: options";
	}

	/**
	 * The options of a team picker for a search (htmx replaces a picker's options with them): at most
	 * {@value #PICKER_SIZE} teams whose name or key contains {@code teamSearch}, plus {@code team}, the one
	 * chosen; {@code empty}: the text of the no-choice option, none when blank.
	 */
	@GetMapping("/o/{slug}/teams/options")
	String teamOptions(CurrentOrganization organization, @RequestParam(required = false) String teamSearch,
			@RequestParam(required = false) UUID team, @RequestParam(required = false) String empty, Model model) {
		model.addAttribute("teamPicker", this.queries.teamPicker(organization.id(), teamSearch, team, PICKER_SIZE));
		model.addAttribute("chosenTeam", team);
		model.addAttribute("emptyTeam", empty == null || empty.isBlank() ? null : empty);
		return "people/team-picker :: options";
	}

	@Requires(Permission.MANAGE_PEOPLE)
	@PostMapping("/o/{slug}/teams")
	String addTeam(CurrentOrganization organization, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String parent,
			RedirectAttributes redirect) {
		return outcome(organization, redirect, () -> this.managePeople
			.addTeam(organization, new ManagePeople.NewTeam(key, name, parent)), "Added team " + name);
	}

	@Requires(Permission.MANAGE_PEOPLE)
	@PostMapping("/o/{slug}/people")
	String addPerson(CurrentOrganization organization, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String team, RedirectAttributes redirect) {
		return outcome(organization, redirect, () -> this.managePeople
			.addPerson(organization, new ManagePeople.NewPerson(key, name, email, team)), "Added " + name);
	}

	private String outcome(CurrentOrganization organization, RedirectAttributes redirect, Runnable action,
			String done) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/o/" + organization.slug() + "/people";
	}

}
