package dev.plumbline.reflection.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.plumbline.reflection.ConcernQueries;
import dev.plumbline.organization.CurrentOrganization;

/**
 * The concerns page (read-only).
 */
@Controller
class ConcernController {

	private final ConcernQueries queries;

	ConcernController(ConcernQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/concerns")
	String concerns(CurrentOrganization organization, Model model) {
		model.addAttribute("concerns", this.queries.forPage(organization.id()));
		model.addAttribute("today", java.time.LocalDate.now());
		return "reflection/concerns";
	}

}
