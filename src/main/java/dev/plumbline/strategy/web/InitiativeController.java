package dev.plumbline.strategy.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.shared.NotFoundException;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.objective.ObjectiveDirectory;
import dev.plumbline.objective.ObjectivePicker;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.strategy.CreateInitiative;
import dev.plumbline.strategy.DeleteInitiative;
import dev.plumbline.strategy.Initiative;
import dev.plumbline.strategy.InitiativeFilter;
import dev.plumbline.strategy.InitiativeQueries;
import dev.plumbline.strategy.InitiativeStatus;
import dev.plumbline.strategy.UpdateInitiative;

/**
 * The initiative list (filtered, paginated; htmx swaps the rows), an initiative's page and its form.
 */
@Controller
class InitiativeController {

	/** How many people or objectives a picker lists before a search. */
	static final int PICKER_SIZE = 100;

	private final InitiativeQueries queries;

	private final CreateInitiative createInitiative;

	private final UpdateInitiative updateInitiative;

	private final DeleteInitiative deleteInitiative;

	private final CharterQueries charters;

	private final PeopleQueries people;

	private final ObjectiveDirectory objectives;

	private final ObjectivePicker objectivePicker;

	InitiativeController(InitiativeQueries queries, CreateInitiative createInitiative,
			UpdateInitiative updateInitiative, DeleteInitiative deleteInitiative, CharterQueries charters,
			PeopleQueries people, ObjectiveDirectory objectives, ObjectivePicker objectivePicker) {
		this.queries = queries;
		this.createInitiative = createInitiative;
		this.updateInitiative = updateInitiative;
		this.deleteInitiative = deleteInitiative;
		this.charters = charters;
		this.people = people;
		this.objectives = objectives;
		this.objectivePicker = objectivePicker;
	}

	@GetMapping("/o/{slug}/initiatives")
	String list(CurrentOrganization organization, @RequestParam(required = false) String pillar,
			@RequestParam(required = false) UUID owner, @RequestParam(required = false) InitiativeStatus status,
			@RequestParam(required = false) Integer page, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		InitiativeFilter filter = new InitiativeFilter(pillar, owner, status);
		Paged<Initiative> initiatives = this.queries.page(organization.id(), filter, Paged.page(page), 25);
		model.addAttribute("initiatives", initiatives);
		model.addAttribute("filter", filter);
		model.addAttribute("pillarNames", StrategyView.pillarNames(this.charters.current(organization.id())));
		if (htmx != null) {
			return "strategy/list :: rows";
		}
		model.addAttribute("pillars", this.charters.current(organization.id()).content().pillars());
		// the owner filter lists a limited, searchable set of people (see PeopleQueries.picker), never everyone
		model.addAttribute("picker", this.people.picker(organization.id(), null, owner, PICKER_SIZE));
		model.addAttribute("chosen", owner);
		model.addAttribute("empty", "Anyone");
		model.addAttribute("statuses", InitiativeStatus.values());
		model.addAttribute("canManage", organization.may(Permission.MANAGE_STRATEGY));
		return "strategy/list";
	}

	@GetMapping("/o/{slug}/initiatives/key/{key}")
	String byKey(CurrentOrganization organization, @PathVariable String key) {
		UUID id = this.queries.idOfKey(organization.id(), key)
			.orElseThrow(() -> new NotFoundException("This organization has no initiative " + key));
		return "redirect:/o/" + organization.slug() + "/initiatives/" + id;
	}

	@GetMapping("/o/{slug}/initiatives/{id}")
	String detail(CurrentOrganization organization, @PathVariable UUID id, Model model) {
		Initiative initiative = this.queries.get(organization.id(), id);
		model.addAttribute("initiative", initiative);
		model.addAttribute("pillarNames", StrategyView.pillarNames(this.charters.current(organization.id())));
		model.addAttribute("linkedObjectives", initiative.objectiveIds()
			.stream()
			.map(objectiveId -> this.objectives.byId(organization.id(), objectiveId))
			.flatMap(java.util.Optional::stream)
			.toList());
		model.addAttribute("canManage", organization.may(Permission.MANAGE_STRATEGY));
		return "strategy/detail";
	}

	@GetMapping("/o/{slug}/initiatives/new")
	String create(CurrentOrganization organization, Model model) {
		organization.require(Permission.MANAGE_STRATEGY);
		return form(organization, model, new InitiativeForm(), null);
	}

	@GetMapping("/o/{slug}/initiatives/{id}/edit")
	String edit(CurrentOrganization organization, @PathVariable UUID id, Model model) {
		organization.require(Permission.MANAGE_STRATEGY);
		return form(organization, model, InitiativeForm.of(this.queries.get(organization.id(), id)), id);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/initiatives")
	String save(CurrentOrganization organization, @ModelAttribute("form") InitiativeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		organization.require(Permission.MANAGE_STRATEGY);
		if (!binding.hasErrors()) {
			try {
				UUID id = this.createInitiative.create(organization, form.toDraft());
				redirect.addFlashAttribute("flash", "Added initiative \"" + form.getName().strip() + "\".");
				return "redirect:/o/" + organization.slug() + "/initiatives/" + id;
			}
			catch (InvalidInputException ex) {
				reject(binding, ex);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(organization, model, form, null);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/initiatives/{id}")
	String update(CurrentOrganization organization, @PathVariable UUID id,
			@ModelAttribute("form") InitiativeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		organization.require(Permission.MANAGE_STRATEGY);
		this.queries.get(organization.id(), id); // 404 before anything else
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		if (!binding.hasErrors()) {
			try {
				this.updateInitiative.update(organization, id, form.getVersion(), form.toDraft());
				redirect.addFlashAttribute("flash", "Saved \"" + form.getName().strip() + "\".");
				response.setStatus(HttpServletResponse.SC_OK);
				return "redirect:/o/" + organization.slug() + "/initiatives/" + id;
			}
			catch (InvalidInputException ex) {
				reject(binding, ex);
			}
			catch (StaleVersionException ex) {
				binding.reject("stale", ex.getMessage() + " Your input is kept below: compare it with the current"
						+ " version, then save again to overwrite it.");
				form.setVersion(ex.currentVersion());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		return form(organization, model, form, id);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/initiatives/{id}/delete")
	String delete(CurrentOrganization organization, @PathVariable UUID id, RedirectAttributes redirect) {
		Initiative initiative = this.queries.get(organization.id(), id);
		this.deleteInitiative.delete(organization, id);
		redirect.addFlashAttribute("flash", "Deleted \"" + initiative.name() + "\".");
		return "redirect:/o/" + organization.slug() + "/initiatives";
	}

	private static void reject(BindingResult binding, InvalidInputException ex) {
		ex.problems().forEach(p -> {
			String field = InitiativeForm.formField(p.field());
			if (!binding.hasFieldErrors(field)) {
				binding.rejectValue(field, "invalid", p.message());
			}
		});
	}

	private String form(CurrentOrganization organization, Model model, InitiativeForm form, UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("initiativeId", id);
		model.addAttribute("pillars", this.charters.current(organization.id()).content().pillars());
		// owner and objectives are limited, searchable pickers: never every person nor every objective (with
		// its roll-up) of a large organization
		UUID owner = uuid(form.getOwner());
		model.addAttribute("picker", this.people.picker(organization.id(), null, owner, PICKER_SIZE));
		model.addAttribute("chosen", owner);
		model.addAttribute("empty", "— nobody yet —");
		List<UUID> chosenObjectives = form.getObjectives().stream().map(InitiativeController::uuid)
			.filter(java.util.Objects::nonNull).toList();
		model.addAttribute("parentPicker", this.objectivePicker.choices(organization.id(), null, null, chosenObjectives,
				PICKER_SIZE));
		model.addAttribute("chosenObjectives", chosenObjectives);
		model.addAttribute("emptyParent", null);
		model.addAttribute("statuses", InitiativeStatus.values());
		return "strategy/form";
	}

	private static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
