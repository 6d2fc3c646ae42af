package dev.plumbline.objective.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

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

	/**
	 * {@code chosen} (or, from a form's multi-select, {@code objectives}): the objectives already chosen,
	 * always offered; {@code multiple}: for a multi-select, without a no-choice option.
	 */
	@GetMapping("/o/{slug}/objectives/options")
	String options(CurrentOrganization organization, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID exclude, @RequestParam(required = false) List<UUID> chosen,
			@RequestParam(required = false) List<UUID> objectives, @RequestParam(required = false) String empty,
			@RequestParam(defaultValue = "false") boolean multiple, Model model) {
		List<UUID> kept = new ArrayList<>();
		Stream.of(chosen, objectives).filter(Objects::nonNull).flatMap(List::stream).filter(Objects::nonNull).forEach(kept::add);
		List<UUID> asked = new ArrayList<>(kept);
		if (exclude != null) {
			asked.add(exclude);
		}
		if (!this.picker.hasAll(organization.id(), asked)) {
			throw new NotFoundException("This organization has not every objective of " + asked);
		}
		model.addAttribute("parentPicker", this.picker.choices(organization.id(), q, exclude, kept, PICKER_SIZE));
		model.addAttribute("chosenObjectives", kept);
		model.addAttribute("emptyParent", multiple ? null : empty == null || empty.isBlank() ? "— top level —" : empty);
		return "objective/picker :: options";
	}

}
