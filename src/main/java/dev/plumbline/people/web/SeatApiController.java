package dev.plumbline.people.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.Fit;
import dev.plumbline.people.FitQueries;
import dev.plumbline.people.Seat;
import dev.plumbline.people.SeatQueries;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/seats} (read) and {@code /fits} (the latest fit of each person; 403 for
 * members and stakeholders).
 */
@RestController
class SeatApiController {

	private final SeatQueries seats;

	private final FitQueries fits;

	SeatApiController(SeatQueries seats, FitQueries fits) {
		this.seats = seats;
		this.fits = fits;
	}

	/** A page of seats ordered by key. */
	@GetMapping("/api/v1/orgs/{slug}/seats")
	Paged<Seat> seats(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.seats.page(organization.id(), Paged.page(page), Paged.size(size));
	}

	@GetMapping("/api/v1/orgs/{slug}/seats/{key}")
	Seat seat(@PathVariable String slug, @PathVariable String key, CurrentOrganization organization) {
		return this.seats.seat(organization.id(), key)
			.orElseThrow(() -> new NotFoundException("No seat \"" + key + "\""));
	}

	/** A page of the latest fit of each person, by name. */
	@GetMapping("/api/v1/orgs/{slug}/fits")
	Paged<Fit> fits(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.fits.latest(organization, Paged.page(page), Paged.size(size));
	}

}
