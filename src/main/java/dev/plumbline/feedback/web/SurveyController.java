package dev.plumbline.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.feedback.SurveyQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * Surveys: the list, and one survey's averages per question and team under the anonymity rule.
 */
@Controller
class SurveyController {

	private final SurveyQueries queries;

	SurveyController(SurveyQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/surveys")
	String surveys(CurrentOrganization organization, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("surveys", this.queries.page(organization.id(), Paged.page(page), Paged.MAX_SIZE));
		model.addAttribute("minimum", this.queries.anonymityMinimum(organization.id()));
		return "feedback/list";
	}

	@GetMapping("/o/{slug}/surveys/{key}")
	String survey(CurrentOrganization organization, @PathVariable String key, Model model) {
		model.addAttribute("results", this.queries.results(organization.id(), key));
		return "feedback/detail";
	}

}
