package dev.plumbline.charter.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.charter.AcknowledgeCharter;
import dev.plumbline.charter.Charter;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.StaleVersionException;

/**
 * The charter page, its edit form and the "I have read it" acknowledgement.
 */
@Controller
class CharterController {

	private final CharterQueries queries;

	private final ReviseCharter reviseCharter;

	private final AcknowledgeCharter acknowledgeCharter;

	CharterController(CharterQueries queries, ReviseCharter reviseCharter, AcknowledgeCharter acknowledgeCharter) {
		this.queries = queries;
		this.reviseCharter = reviseCharter;
		this.acknowledgeCharter = acknowledgeCharter;
	}

	@GetMapping("/o/{slug}/charter")
	String charter(CurrentOrganization organization, Model model) {
		Charter charter = this.queries.current(organization.id());
		model.addAttribute("charter", charter);
		model.addAttribute("pillarChart", CharterCharts.pillarWeights(charter.content()));
		model.addAttribute("canEdit", organization.may(Permission.EDIT_CHARTER));
		addAcknowledgements(organization, model);
		return "charter/charter";
	}

	@GetMapping("/o/{slug}/charter/edit")
	String edit(CurrentOrganization organization, Model model) {
		organization.require(Permission.EDIT_CHARTER);
		model.addAttribute("form", CharterForm.of(this.queries.current(organization.id())));
		return "charter/edit";
	}

	@Requires(Permission.EDIT_CHARTER)
	@PostMapping("/o/{slug}/charter")
	String save(CurrentOrganization organization, @ModelAttribute("form") CharterForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		organization.require(Permission.EDIT_CHARTER);
		if (binding.hasErrors()) {
			// Some input did not even bind (a weight that is not a number): report the rest too, save nothing.
			this.reviseCharter.problems(form.toContent())
				.stream()
				.filter(p -> !binding.hasFieldErrors(form.formField(p.field())))
				.forEach(p -> binding.rejectValue(form.formField(p.field()), "invalid", p.message()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "charter/edit";
		}
		try {
			long version = this.reviseCharter.revise(organization, form.basedOn(), form.toContent());
			redirect.addFlashAttribute("flash", "Saved as version " + version + ".");
			return "redirect:/o/" + organization.slug() + "/charter";
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> binding.rejectValue(form.formField(p.field()), "invalid", p.message()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (StaleVersionException ex) {
			binding.reject("stale", ex.getMessage());
			form.setOverwrite(null);
			model.addAttribute("currentVersion", ex.currentVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return "charter/edit";
	}

	@Requires(Permission.ACKNOWLEDGE_CHARTER)
	@PostMapping("/o/{slug}/charter/acknowledge")
	String acknowledge(CurrentOrganization organization, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		this.acknowledgeCharter.acknowledge(organization);
		if (htmx == null) {
			return "redirect:/o/" + organization.slug() + "/charter";
		}
		addAcknowledgements(organization, model);
		return "charter/charter :: acknowledgement";
	}

	private void addAcknowledgements(CurrentOrganization organization, Model model) {
		model.addAttribute("acknowledgements", this.queries.acknowledgements(organization.id(), organization.userId()));
		model.addAttribute("canAcknowledge", organization.may(Permission.ACKNOWLEDGE_CHARTER));
	}

}
