package dev.plumbline.review.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.plumbline.review.ReviewQueries;
import dev.plumbline.organization.CurrentOrganization;

/**
 * The reviews page (read-only).
 */
@Controller
class ReviewController {

	private final ReviewQueries queries;

	ReviewController(ReviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/reviews")
	String reviews(CurrentOrganization organization, Model model) {
		model.addAttribute("reviews", this.queries.forPage(organization.id()));
		model.addAttribute("today", java.time.LocalDate.now());
		return "review/reviews";
	}

}
