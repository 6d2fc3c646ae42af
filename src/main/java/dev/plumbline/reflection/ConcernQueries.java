package dev.plumbline.reflection;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of concerns: a page by key (the API), all of them for the page, and one by key.
 */
@Component
@Reads
public class ConcernQueries {

	private static final Comparator<Concern> PAGE_ORDER = Comparator.comparing((Concern c) -> !c.open())
		.thenComparing(Concern::raised, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Concern::key);

	private final ConcernSection section;

	ConcernQueries(ConcernSection section) {
		this.section = section;
	}

	public Paged<Concern> page(UUID organizationId, int page, int size) {
		List<Concern> all = this.section.read(organizationId, null)
			.stream()
			.sorted(Comparator.comparing(Concern::key))
			.toList();
		int from = (int) Math.min((long) page * size, all.size());
		return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
	}

	/** All of them in the page's order: open ones first, then the oldest raised first. */
	public List<Concern> forPage(UUID organizationId) {
		return this.section.read(organizationId, null).stream().sorted(PAGE_ORDER).toList();
	}

	/** @throws NotFoundException when the organization has none with that key */
	public Concern one(UUID organizationId, String key) {
		return this.section.read(organizationId, key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No concern \"" + key + "\""));
	}

}
