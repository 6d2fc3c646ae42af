package dev.plumbline.journey.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.journey.JourneyQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * Customer journeys: the list, and one journey stage by stage with its touchpoints and pain points.
 */
@Controller
class JourneyController {

	private final JourneyQueries queries;

	JourneyController(JourneyQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/journeys")
	String journeys(CurrentOrganization organization, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("journeys", this.queries.page(organization.id(), Paged.page(page), Paged.MAX_SIZE));
		return "journey/list";
	}

	@GetMapping("/o/{slug}/journeys/{key}")
	String journey(CurrentOrganization organization, @PathVariable String key, Model model) {
		model.addAttribute("journey", this.queries.journey(organization.id(), key));
		return "journey/detail";
	}

}
