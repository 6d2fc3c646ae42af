package dev.plumbline.activity.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.activity.ActivityQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;

/**
 * {@code /api/v1/orgs/{slug}/activity}: the trail, for ADMINs, paginated.
 */
@RestController
class ActivityApiController {

	private final ActivityQueries queries;

	ActivityApiController(ActivityQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/orgs/{slug}/activity")
	ActivityQueries.Page activity(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		organization.require(Permission.VIEW_TRAIL);
		return this.queries.page(organization.id(), page, size);
	}

}
