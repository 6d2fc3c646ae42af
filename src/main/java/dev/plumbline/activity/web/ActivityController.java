package dev.plumbline.activity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.activity.ActivityQueries;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;

/**
 * The trail page, for ADMINs.
 */
@Controller
class ActivityController {

	private final ActivityQueries queries;

	ActivityController(ActivityQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/activity")
	String activity(CurrentOrganization organization, @RequestParam(defaultValue = "0") int page, Model model) {
		organization.require(Permission.VIEW_TRAIL);
		model.addAttribute("activity", this.queries.page(organization.id(), page, 50));
		return "activity/activity";
	}

}
