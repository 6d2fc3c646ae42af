package dev.plumbline.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.audit.ChangeAuditThresholds;
import dev.plumbline.interchange.AuditSettingsStore;
import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.StaleVersionException;

/**
 * The page where leaders and admins set the audit thresholds of their organization.
 */
@Controller
class AuditThresholdsController {

	private final AuditSettingsStore store;

	private final ChangeAuditThresholds change;

	AuditThresholdsController(AuditSettingsStore store, ChangeAuditThresholds change) {
		this.store = store;
		this.change = change;
	}

	@GetMapping("/o/{slug}/admin/audit-settings")
	String show(CurrentOrganization organization, Model model) {
		organization.require(Permission.MANAGE_STRATEGY);
		AuditSettingsStore.Versioned stored = this.store.find(organization.id());
		return page(model, ThresholdFields.text(stored.settings()), stored.version(), Map.of(), null);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/admin/audit-settings")
	String save(CurrentOrganization organization, @RequestParam MultiValueMap<String, String> form,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		organization.require(Permission.MANAGE_STRATEGY);
		Map<String, String> text = new LinkedHashMap<>();
		ThresholdFields.ALL.forEach(field -> text.put(field.name(), form.getFirst(field.name())));
		try {
			AuditSettings settings = ThresholdFields.parse(text);
			long saved = this.change.change(organization, settings, version);
			redirect.addFlashAttribute("flash", "Saved as version " + saved + "; the audit reruns with these thresholds.");
			return "redirect:/o/" + organization.slug() + "/admin/audit-settings";
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.problems()) {
				errors.put(problem.field().replaceFirst("^audit\\.", ""), problem.message());
			}
			return page(model, text, version, errors, null);
		}
		catch (StaleVersionException ex) {
			return page(model, text, version, Map.of(), ex.getMessage());
		}
	}

	private String page(Model model, Map<String, String> values, long version, Map<String, String> errors, String stale) {
		model.addAttribute("fields", ThresholdFields.ALL);
		model.addAttribute("values", values);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("stale", stale);
		return "audit/settings";
	}

}
