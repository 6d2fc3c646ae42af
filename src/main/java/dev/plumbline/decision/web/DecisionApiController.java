package dev.plumbline.decision.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.decision.Decision;
import dev.plumbline.decision.DecisionQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/decisions}: a page of decisions by key, and one by key.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/decisions")
class DecisionApiController {

	private final DecisionQueries queries;

	DecisionApiController(DecisionQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Paged<Decision> decisions(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.page(organization.id(), Paged.page(page), Paged.size(size));
	}

	@GetMapping("/{key}")
	Decision decision(@PathVariable String slug, @PathVariable String key, CurrentOrganization organization) {
		return this.queries.decision(organization.id(), key);
	}

}
