package dev.plumbline.review;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of strategy reviews: a page by key (the API), all of them for the page, and one by key.
 */
@Component
@Reads
public class ReviewQueries {

	private static final Comparator<Review> PAGE_ORDER = Comparator
		.comparing(Review::held, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Review::key);

	private final ReviewSection section;

	ReviewQueries(ReviewSection section) {
		this.section = section;
	}

	public Paged<Review> page(UUID organizationId, int page, int size) {
		List<Review> all = this.section.read(organizationId, null)
			.stream()
			.sorted(Comparator.comparing(Review::key))
			.toList();
		int from = (int) Math.min((long) page * size, all.size());
		return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
	}

	/** All of them in the page's order: the latest held first. */
	public List<Review> forPage(UUID organizationId) {
		return this.section.read(organizationId, null).stream().sorted(PAGE_ORDER).toList();
	}

	/** @throws NotFoundException when the organization has none with that key */
	public Review one(UUID organizationId, String key) {
		return this.section.read(organizationId, key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No review \"" + key + "\""));
	}

}
