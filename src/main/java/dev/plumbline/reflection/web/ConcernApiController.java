package dev.plumbline.reflection.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.reflection.Concern;
import dev.plumbline.reflection.ConcernQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/concerns}: a page of concerns by key, and one by key.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/concerns")
class ConcernApiController {

	private final ConcernQueries queries;

	ConcernApiController(ConcernQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Paged<Concern> concerns(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.page(organization.id(), Paged.page(page), Paged.size(size));
	}

	@GetMapping("/{key}")
	Concern one(@PathVariable String slug, @PathVariable String key, CurrentOrganization organization) {
		return this.queries.one(organization.id(), key);
	}

}
