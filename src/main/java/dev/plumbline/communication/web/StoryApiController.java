package dev.plumbline.communication.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.interchange.PracticeModel.Story;
import dev.plumbline.communication.StoryQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/stories}: a page of stories by key, and one by key.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/stories")
class StoryApiController {

	private final StoryQueries queries;

	StoryApiController(StoryQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Paged<Story> stories(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.page(organization.id(), Paged.page(page), Paged.size(size));
	}

	@GetMapping("/{key}")
	Story one(@PathVariable String slug, @PathVariable String key, CurrentOrganization organization) {
		return this.queries.one(organization.id(), key);
	}

}
