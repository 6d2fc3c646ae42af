package dev.plumbline.journey.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.journey.JourneyQueries;
import dev.plumbline.journey.JourneySummary;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/journeys}: a page of journey summaries, and one journey whole by key.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/journeys")
class JourneyApiController {

	private final JourneyQueries queries;

	JourneyApiController(JourneyQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	Paged<JourneySummary> journeys(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.page(organization.id(), Paged.page(page), Paged.size(size));
	}

	@GetMapping("/{key}")
	Journey journey(@PathVariable String slug, @PathVariable String key, CurrentOrganization organization) {
		return this.queries.journey(organization.id(), key);
	}

}
