package dev.plumbline.objective.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
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
import dev.plumbline.charter.Pillar;
import dev.plumbline.objective.InitiativeLinks;
import dev.plumbline.objective.ManageObjectives;
import dev.plumbline.objective.ObjectiveAccess;
import dev.plumbline.objective.ObjectivePicker;
import dev.plumbline.objective.ObjectiveQueries;
import dev.plumbline.objective.ObjectiveStatus;
import dev.plumbline.objective.ObjectiveViews.Detail;
import dev.plumbline.objective.ObjectiveViews.Filter;
import dev.plumbline.objective.ObjectiveViews.Item;
import dev.plumbline.objective.SmartLinter;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.RenderedFragments;
import dev.plumbline.shared.StaleVersionException;

/**
 * The objectives list, the objective page, its form with the as-you-type SMART hints, and the priority
 * ranking within a team.
 */
@Controller
class ObjectiveController {

	/** Where the kept table of the objectives list takes its rows (a comment no title can make: titles are escaped). */
	private static final String ROWS_GO_HERE = "<!--plumbline:rows-->";

	/** Rows of the objectives list per page: a screenful of a team's objectives. */
	static final int PAGE_SIZE = 50;

	private final ObjectiveQueries queries;

	private final ManageObjectives manage;

	private final ObjectiveAccess access;

	/** People the owner filter lists before a search. */
	static final int OWNER_CHOICES = 100;

	/** Teams a team picker lists before a search. */
	static final int TEAM_CHOICES = 100;

	/**
	 * Teams and people the list's filters offer before a search: fewer than the form's, because the list is
	 * the hot page and each option costs (Thymeleaf keeps an iteration's variables in request attributes,
	 * through every request wrapper): two hundred options were most of the list's rendering at scale L.
	 */
	static final int FILTER_CHOICES = 25;

	private final PeopleQueries people;

	private final ObjectivePicker objectives;

	private final CharterQueries charter;

	private final ObjectProvider<InitiativeLinks> initiatives;

	private final Clock clock;

	private final RenderedFragments fragments;

	ObjectiveController(ObjectiveQueries queries, ManageObjectives manage, ObjectiveAccess access, PeopleQueries people,
			ObjectivePicker objectives, CharterQueries charter, ObjectProvider<InitiativeLinks> initiatives, Clock clock,
			RenderedFragments fragments) {
		this.queries = queries;
		this.manage = manage;
		this.access = access;
		this.people = people;
		this.objectives = objectives;
		this.charter = charter;
		this.initiatives = initiatives;
		this.clock = clock;
		this.fragments = fragments;
	}

	@GetMapping("/o/{slug}/objectives")
	String list(CurrentOrganization organization, @RequestParam(required = false) String pillar,
			@RequestParam(required = false) UUID team, @RequestParam(required = false) UUID owner,
			@RequestParam(required = false) ObjectiveStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(name = "q", required = false) String ownerSearch,
			@RequestParam(required = false) String teamSearch,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			Locale locale, Model model) {
		Filter filter = new Filter(pillar, team, owner, status);
		Paged<Item> objectives = this.queries.page(organization.id(), filter, Paged.page(page), PAGE_SIZE);
		String base = request.getContextPath() + "/o/" + organization.slug();
		// each row is kept on its own (a check-in changes a few rows of a page), and the table around them is
		// kept with a marker where the rows go: kept with its rows, it would hold every page's rows a second
		// time (at L, 800 teams' first pages), and rendering it each time was a tenth of the list's time
		String rowHtml = objectives.items().stream()
			.map(item -> this.fragments.html("objective/rows", "row", Map.of("o", item, "base", base), locale))
			.collect(Collectors.joining());
		Paged<String> shape = new Paged<>(objectives.items().isEmpty() ? List.of() : List.of(ROWS_GO_HERE), objectives.page(),
				objectives.size(), objectives.total());
		String rows = this.fragments.html("objective/rows", "rows", Map.of("objectives", shape, "filter", filter, "base", base),
				locale).replace(ROWS_GO_HERE, rowHtml);
		if (htmx != null) {
			model.addAttribute("html", rows);
			return "fragments/html :: prerendered";
		}
		model.addAttribute("rowsHtml", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("canCreate", organization.may(Permission.MANAGE_STRATEGY));
		// the team and owner filters list a limited, searchable set (PeopleQueries.teamPicker, .picker;
		// the searches come back here when the form is submitted without JavaScript); the rows fragment an
		// htmx filter change asks for needs no choices at all
		filters(organization, model);
		model.addAttribute("teamPicker", this.people.teamPicker(organization.id(), teamSearch, team, FILTER_CHOICES));
		model.addAttribute("chosenTeam", team);
		model.addAttribute("emptyTeam", "All teams");
		model.addAttribute("picker", this.people.picker(organization.id(), ownerSearch, owner, FILTER_CHOICES));
		model.addAttribute("chosen", owner);
		model.addAttribute("empty", "Anyone");
		return "objective/list";
	}

	@GetMapping("/o/{slug}/objectives/key/{key}")
	String byKey(CurrentOrganization organization, @PathVariable String key) {
		UUID id = this.queries.idOfKey(organization.id(), key)
			.orElseThrow(() -> new NotFoundException("This organization has no objective " + key));
		return "redirect:/o/" + organization.slug() + "/objectives/" + id;
	}

	@GetMapping("/o/{slug}/objectives/{id}")
	String detail(CurrentOrganization organization, @PathVariable UUID id, Model model, HttpServletRequest request,
			Locale locale) {
		Detail detail = this.queries.detail(organization.id(), id);
		InitiativeLinks links = this.initiatives.getIfAvailable();
		DetailView view = new DetailView(detail, LocalDate.now(this.clock), pillarNames(organization),
				links == null ? null : links.forObjective(organization.id(), id));
		// the columns are the same for every viewer: rendered once per distinct content (RenderedFragments)
		Map<String, Object> variables = Map.of("view", view, "base", request.getContextPath() + "/o/" + organization.slug());
		model.addAttribute("detail", detail);
		model.addAttribute("columnsHtml", this.fragments.html("objective/detail-body", "columns", variables, locale));
		model.addAttribute("canEdit", this.access.mayEdit(organization, detail.objective().ownerId()));
		return "objective/detail";
	}

	@GetMapping("/o/{slug}/objectives/new")
	String create(CurrentOrganization organization, @RequestParam(required = false) UUID parent, Model model) {
		organization.require(Permission.MANAGE_STRATEGY);
		ObjectiveForm form = ObjectiveForm.blank(this.access.me(organization).map(Person::id).orElse(null), null);
		form.setParent(parent);
		return form(organization, form, model);
	}

	@GetMapping("/o/{slug}/objectives/{id}/edit")
	String edit(CurrentOrganization organization, @PathVariable UUID id, Model model) {
		Detail detail = this.queries.detail(organization.id(), id);
		if (!this.access.mayEdit(organization, detail.objective().ownerId())) {
			organization.require(Permission.MANAGE_STRATEGY);
		}
		return form(organization, ObjectiveForm.of(detail), model);
	}

	@Requires(Permission.CHECK_IN)
	@PostMapping("/o/{slug}/objectives")
	String save(CurrentOrganization organization, @ModelAttribute("form") ObjectiveForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getId() == null) {
			organization.require(Permission.MANAGE_STRATEGY);
		}
		if (binding.hasErrors()) {
			this.manage.problems(organization, form.getId(), form.toDraft())
				.stream()
				.filter(p -> !binding.hasFieldErrors(form.formField(p.field())))
				.forEach(p -> binding.rejectValue(form.formField(p.field()), "invalid", p.message()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(organization, form, model);
		}
		try {
			UUID id = form.getId();
			if (id == null) {
				id = this.manage.create(organization, form.toDraft());
				redirect.addFlashAttribute("flash", "Objective created.");
			}
			else {
				this.manage.update(organization, id, form.getVersion(), form.toDraft());
				redirect.addFlashAttribute("flash", "Saved.");
			}
			return "redirect:/o/" + organization.slug() + "/objectives/" + id;
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> binding.rejectValue(form.formField(p.field()), "invalid", p.message()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (StaleVersionException ex) {
			binding.reject("stale", ex.getMessage());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return form(organization, form, model);
	}

	/** The SMART hints for the form as it stands (htmx, as the person types). */
	@PostMapping("/o/{slug}/objectives/lint")
	String lint(CurrentOrganization organization, @ModelAttribute("form") ObjectiveForm form, BindingResult binding,
			Model model) {
		model.addAttribute("hints", hints(organization, form));
		return "objective/form :: hints";
	}

	@Requires(Permission.CHECK_IN)
	@PostMapping("/o/{slug}/objectives/{id}/delete")
	String delete(CurrentOrganization organization, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.manage.delete(organization, id, version);
		redirect.addFlashAttribute("flash", "Objective deleted.");
		return "redirect:/o/" + organization.slug() + "/objectives";
	}

	private String form(CurrentOrganization organization, ObjectiveForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("hints", hints(organization, form));
		// owner and parent are limited, searchable pickers (PeopleQueries.picker, ObjectivePicker): an
		// organization of ten thousand people and fifty thousand objectives would otherwise fill the form
		List<UUID> parent = form.getParent() == null ? List.of() : List.of(form.getParent());
		model.addAttribute("parentPicker", this.objectives.choices(organization.id(), null, form.getId(), parent,
				ObjectivePickerController.PICKER_SIZE));
		model.addAttribute("chosenObjectives", parent);
		model.addAttribute("emptyParent", "— top level —");
		model.addAttribute("picker", this.people.picker(organization.id(), null, form.getOwner(), OWNER_CHOICES));
		model.addAttribute("chosen", form.getOwner());
		model.addAttribute("empty", "— nobody yet —");
		model.addAttribute("mayChangeOwner", organization.may(Permission.MANAGE_STRATEGY));
		teamPicker(organization, null, form.getTeam(), "— no team —", model);
		filters(organization, model);
		return "objective/form";
	}

	private List<SmartLinter.Hint> hints(CurrentOrganization organization, ObjectiveForm form) {
		Map<String, List<SmartLinter.Point>> checkIns = form.getId() == null ? Map.of()
				: this.queries.item(organization.id(), form.getId()).isEmpty() ? Map.of()
						: this.queries.detail(organization.id(), form.getId()).keyResults().stream()
							.collect(Collectors.toMap(k -> k.key(), k -> k.checkIns().stream()
								.map(c -> new SmartLinter.Point(c.date(), c.value())).toList()));
		var draft = form.toDraft();
		List<String> chain = this.queries.pillarsThroughChain(organization.id(),
				draft.pillars().stream().filter(p -> !p.isEmpty()).toList(), draft.parentId());
		SmartLinter.Facts facts = new SmartLinter.Facts(draft.due(), chain, draft.keyResults().stream()
			.map(k -> new SmartLinter.KeyResultFacts(k.title(), k.baseline(), k.target(), k.direction(),
					k.key() == null ? List.of() : checkIns.getOrDefault(k.key(), List.of())))
			.toList());
		return SmartLinter.lint(facts, LocalDate.now(this.clock));
	}

	/** The model of a team picker (template people/team-picker): a limited, searchable set, never every team. */
	private void teamPicker(CurrentOrganization organization, String search, UUID chosen, String empty, Model model) {
		model.addAttribute("teamPicker", this.people.teamPicker(organization.id(), search, chosen, TEAM_CHOICES));
		model.addAttribute("chosenTeam", chosen);
		model.addAttribute("emptyTeam", empty);
	}

	private void filters(CurrentOrganization organization, Model model) {
		model.addAttribute("pillars", this.charter.current(organization.id()).content().pillars());
		model.addAttribute("statuses", ObjectiveStatus.values());
	}

	private Map<String, String> pillarNames(CurrentOrganization organization) {
		return this.charter.current(organization.id()).content().pillars().stream()
			.collect(Collectors.toMap(Pillar::key, Pillar::name, (a, b) -> a));
	}

}
