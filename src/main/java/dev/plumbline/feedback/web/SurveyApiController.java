package dev.plumbline.feedback.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.feedback.SurveyQueries;
import dev.plumbline.feedback.SurveyResults;
import dev.plumbline.feedback.SurveySummary;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/surveys}: survey summaries, and one survey's aggregates (never an individual
 * answer; no figure for a group under the anonymity minimum).
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/surveys")
class SurveyApiController {

	private final SurveyQueries queries;

	SurveyApiController(SurveyQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Paged<SurveySummary> surveys(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.page(organization.id(), Paged.page(page), Paged.size(size));
	}

	@GetMapping("/{key}")
	SurveyResults survey(@PathVariable String slug, @PathVariable String key, CurrentOrganization organization) {
		return this.queries.results(organization.id(), key);
	}

}
