package dev.plumbline.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.FitQueries;
import dev.plumbline.people.SeatQueries;
import dev.plumbline.shared.Paged;

/**
 * The accountability chart (seats by whom they report to) and, for leaders, the latest fit of each person.
 */
@Controller
class SeatController {

	private final SeatQueries seats;

	private final FitQueries fits;

	SeatController(SeatQueries seats, FitQueries fits) {
		this.seats = seats;
		this.fits = fits;
	}

	@GetMapping("/o/{slug}/seats")
	String seats(CurrentOrganization organization, Model model) {
		var chart = this.seats.chart(organization.id());
		model.addAttribute("chart", chart);
		model.addAttribute("vacant", chart.stream().filter(row -> row.seat().vacant()).count());
		model.addAttribute("canViewFits", organization.may(Permission.VIEW_FITS));
		return "people/seats";
	}

	@GetMapping("/o/{slug}/fits")
	String fits(CurrentOrganization organization, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("fits", this.fits.latest(organization, Paged.page(page), Paged.MAX_SIZE));
		return "people/fits";
	}

}
