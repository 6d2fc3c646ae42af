package dev.plumbline.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import dev.plumbline.charter.Pillar;
import dev.plumbline.kpi.CreateKpi;
import dev.plumbline.kpi.EditKpi;
import dev.plumbline.kpi.Kpi;
import dev.plumbline.kpi.KpiAccess;
import dev.plumbline.kpi.KpiQueries;
import dev.plumbline.kpi.Measurement;
import dev.plumbline.kpi.RecordMeasurement;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.shared.ForbiddenException;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.StaleVersionException;

/**
 * The KPI page (trend chart, measurements, the add-measurement form, updated in place with htmx) and the
 * create and edit forms.
 */
@Controller
class KpiController {

	/** People the owner picker lists before a search. */
	static final int OWNER_CHOICES = 100;

	private final KpiQueries queries;

	private final KpiAccess access;

	private final CreateKpi createKpi;

	private final EditKpi editKpi;

	private final RecordMeasurement recordMeasurement;

	private final CharterQueries charter;

	private final PeopleQueries people;

	KpiController(KpiQueries queries, KpiAccess access, CreateKpi createKpi, EditKpi editKpi,
			RecordMeasurement recordMeasurement, CharterQueries charter, PeopleQueries people) {
		this.queries = queries;
		this.access = access;
		this.createKpi = createKpi;
		this.editKpi = editKpi;
		this.recordMeasurement = recordMeasurement;
		this.charter = charter;
		this.people = people;
	}

	@GetMapping("/o/{slug}/kpis/key/{key}")
	String byKey(CurrentOrganization organization, @PathVariable String key) {
		UUID id = this.queries.idOfKey(organization.id(), key)
			.orElseThrow(() -> new NotFoundException("This organization has no KPI " + key));
		return "redirect:/o/" + organization.slug() + "/kpis/" + id;
	}

	@GetMapping("/o/{slug}/kpis/{id}")
	String kpi(CurrentOrganization organization, @PathVariable UUID id, Model model) {
		live(organization, this.queries.kpi(organization.id(), id), model, Map.of(), Map.of());
		model.addAttribute("canManage", this.access.mayManage(organization));
		model.addAttribute("pillarNames", this.charter.current(organization.id()).content().pillars().stream()
			.collect(Collectors.toMap(Pillar::key, Pillar::name, (a, b) -> a)));
		return "kpi/kpi";
	}

	/** Records a value; with htmx the live part of the page (status, chart, table, form) is swapped in place. */
	@Requires(Permission.CHECK_IN)
	@PostMapping("/o/{slug}/kpis/{id}/measurements")
	String measure(CurrentOrganization organization, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String value, Model model,
			RedirectAttributes redirect, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Kpi kpi = this.queries.kpi(organization.id(), id);
		if (!this.access.mayRecord(organization, kpi)) { // refuse before reading the form: a 403, not its problems
			throw new ForbiddenException("Your role (" + organization.role() + ") allows recording measurements only"
					+ " for KPIs you own; \"" + kpi.name() + "\" is not yours.");
		}
		Map<String, String> problems = new HashMap<>();
		LocalDate day = null;
		BigDecimal number = null;
		try {
			day = LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put("date", "must be a date like " + this.queries.today());
		}
		try {
			number = new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.put("value", "must be a number, like 12.5");
		}
		if (problems.isEmpty()) {
			try {
				this.recordMeasurement.record(organization, id, day, number);
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> problems.put(p.field(), p.message()));
			}
		}
		if (htmx == null) {
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("flash", "Recorded " + value.strip() + " for " + date.strip() + ".");
			}
			else {
				redirect.addFlashAttribute("measureProblems", problems);
			}
			return "redirect:/o/" + organization.slug() + "/kpis/" + id;
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			live(organization, kpi, model, Map.of("date", date, "value", value), problems);
		}
		else {
			live(organization, this.queries.kpi(organization.id(), id), model, Map.of(), Map.of());
			model.addAttribute("recorded", "Recorded " + value.strip() + " for " + date.strip() + ".");
		}
		return "kpi/kpi :: live";
	}

	@GetMapping("/o/{slug}/kpis/new")
	String create(CurrentOrganization organization, Model model) {
		organization.require(Permission.MANAGE_STRATEGY);
		return form(organization, model, new KpiForm(), null);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/kpis")
	String create(CurrentOrganization organization, @ModelAttribute("form") KpiForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		organization.require(Permission.MANAGE_STRATEGY);
		// A number that did not bind stays null, which the rules refuse too: nothing is saved, every problem shown.
		try {
			UUID id = this.createKpi.create(organization, form.toDraft());
			redirect.addFlashAttribute("flash", "KPI \"" + form.getName().strip() + "\" created.");
			return "redirect:/o/" + organization.slug() + "/kpis/" + id;
		}
		catch (InvalidInputException ex) {
			reject(binding, ex);
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(organization, model, form, null);
	}

	@GetMapping("/o/{slug}/kpis/{id}/edit")
	String edit(CurrentOrganization organization, @PathVariable UUID id, Model model) {
		organization.require(Permission.MANAGE_STRATEGY);
		return form(organization, model, KpiForm.of(this.queries.kpi(organization.id(), id)), id);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/kpis/{id}")
	String edit(CurrentOrganization organization, @PathVariable UUID id, @ModelAttribute("form") KpiForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		organization.require(Permission.MANAGE_STRATEGY);
		this.queries.kpi(organization.id(), id);
		if (!binding.hasFieldErrors("version")) {
			try {
				this.editKpi.edit(organization, id, form.getVersion(), form.toDraft());
				redirect.addFlashAttribute("flash", "Saved.");
				return "redirect:/o/" + organization.slug() + "/kpis/" + id;
			}
			catch (InvalidInputException ex) {
				reject(binding, ex);
			}
			catch (StaleVersionException ex) {
				binding.reject("stale", ex.getMessage());
				form.setVersion(ex.currentVersion());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return form(organization, model, form, id);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(organization, model, form, id);
	}

	private static void reject(BindingResult binding, InvalidInputException ex) {
		ex.problems().stream()
			.filter(p -> !binding.hasFieldErrors(KpiForm.formField(p.field())))
			.forEach(p -> binding.rejectValue(KpiForm.formField(p.field()), "invalid", p.message()));
	}

	private String form(CurrentOrganization organization, Model model, KpiForm form, UUID id) {
		model.addAttribute("form", form);
		model.addAttribute("kpiId", id);
		model.addAttribute("pillars", this.charter.current(organization.id()).content().pillars());
		// the owner is a limited, searchable picker (see PeopleQueries.picker), never everyone
		UUID owner = ownerId(form.getOwner());
		model.addAttribute("picker", this.people.picker(organization.id(), null, owner, OWNER_CHOICES));
		model.addAttribute("chosen", owner);
		model.addAttribute("empty", "— nobody —");
		return "kpi/form";
	}

	private static UUID ownerId(String owner) {
		try {
			return owner == null || owner.isBlank() ? null : UUID.fromString(owner.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void live(CurrentOrganization organization, Kpi kpi, Model model, Map<String, String> input,
			Map<String, String> problems) {
		List<Measurement> measurements = this.queries.measurements(organization.id(), kpi.id());
		LocalDate today = this.queries.today();
		model.addAttribute("kpi", kpi);
		model.addAttribute("status", kpi.status());
		model.addAttribute("stale", kpi.stale(today));
		model.addAttribute("today", today);
		List<Measurement> newestFirst = new java.util.ArrayList<>(measurements);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("measurements", newestFirst);
		model.addAttribute("trend", KpiCharts.trend(kpi, measurements));
		model.addAttribute("canRecord", this.access.mayRecord(organization, kpi));
		model.addAttribute("input", Map.of("date", input.getOrDefault("date", today.toString()), "value",
				input.getOrDefault("value", "")));
		if (!model.containsAttribute("measureProblems")) {
			model.addAttribute("measureProblems", problems);
		}
	}

}
