package dev.plumbline.objective.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.objective.ObjectivePicker;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.NotFoundException;

/**
 * The options of an objective picker for a search (htmx replaces a picker's options with them): at most
 * {@value #PICKER_SIZE} objectives, plus the one already chosen, never the objective being edited nor
 * any below it.
 */
@Controller
class ObjectivePickerController {

	/** How many objectives a picker lists at once; more are found by searching. */
	static final int PICKER_SIZE = 100;

	private final ObjectivePicker picker;

	ObjectivePickerController(ObjectivePicker picker) {
		this.picker = picker;
	}

	@GetMapping("/o/{slug}/objectives/options")
	String options(CurrentOrganization organization, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID exclude, @RequestParam(required = false) UUID chosen,
			@RequestParam(defaultValue = "— top level —") String empty, Model model) {
		for (UUID id : new UUID[] { exclude, chosen }) {
			if (id != null && !this.picker.has(organization.id(), id)) {
				throw new NotFoundException("This organization has no objective " + id);
			}
		}
		model.addAttribute("parentPicker", this.picker.choices(organization.id(), q, exclude, chosen, PICKER_SIZE));
		model.addAttribute("chosenParent", chosen);
		model.addAttribute("emptyParent", empty);
		return "objective/picker :: options";
	}

}
