package dev.plumbline.communication.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.plumbline.communication.StoryQueries;
import dev.plumbline.organization.CurrentOrganization;

/**
 * The stories page (read-only).
 */
@Controller
class StoryController {

	private final StoryQueries queries;

	StoryController(StoryQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/stories")
	String stories(CurrentOrganization organization, Model model) {
		model.addAttribute("stories", this.queries.forPage(organization.id()));
		model.addAttribute("today", java.time.LocalDate.now());
		return "communication/stories";
	}

}
