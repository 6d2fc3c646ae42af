package dev.plumbline.communication;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.interchange.PracticeModel.Story;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of stories: a page by key (the API), all of them for the page, and one by key.
 */
@Component
@Reads
public class StoryQueries {

	private static final Comparator<Story> PAGE_ORDER = Comparator
		.comparing(Story::date, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Story::key);

	private final StorySection section;

	StoryQueries(StorySection section) {
		this.section = section;
	}

	public Paged<Story> page(UUID organizationId, int page, int size) {
		List<Story> all = this.section.read(organizationId, null)
			.stream()
			.sorted(Comparator.comparing(Story::key))
			.toList();
		int from = (int) Math.min((long) page * size, all.size());
		return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
	}

	/** All of them in the page's order: the latest first. */
	public List<Story> forPage(UUID organizationId) {
		return this.section.read(organizationId, null).stream().sorted(PAGE_ORDER).toList();
	}

	/** @throws NotFoundException when the organization has none with that key */
	public Story one(UUID organizationId, String key) {
		return this.section.read(organizationId, key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No story \"" + key + "\""));
	}

}
