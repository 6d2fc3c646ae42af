package dev.plumbline.review.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.review.ReviewQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/reviews}: a page of reviews by key, and one by key.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/reviews")
class ReviewApiController {

	private final ReviewQueries queries;

	ReviewApiController(ReviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Paged<Review> reviews(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.page(organization.id(), Paged.page(page), Paged.size(size));
	}

	@GetMapping("/{key}")
	Review one(@PathVariable String slug, @PathVariable String key, CurrentOrganization organization) {
		return this.queries.one(organization.id(), key);
	}

}
