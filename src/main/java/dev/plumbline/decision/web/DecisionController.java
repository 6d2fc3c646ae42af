package dev.plumbline.decision.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.decision.DecisionQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * The decision log: title, status, decided and revisit dates, scores and checklist.
 */
@Controller
class DecisionController {

	private final DecisionQueries queries;

	DecisionController(DecisionQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/decisions")
	String decisions(CurrentOrganization organization, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("decisions", this.queries.page(organization.id(), Paged.page(page), Paged.MAX_SIZE));
		model.addAttribute("today", java.time.LocalDate.now());
		return "decision/list";
	}

}
