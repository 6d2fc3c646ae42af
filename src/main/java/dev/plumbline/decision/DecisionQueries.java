package dev.plumbline.decision;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of the decision log: a page of decisions by key, and one by key.
 */
@Component
@Reads
public class DecisionQueries {

	private final DecisionSection section;

	DecisionQueries(DecisionSection section) {
		this.section = section;
	}

	public Paged<Decision> page(UUID organizationId, int page, int size) {
		List<Decision> all = this.section.read(organizationId, null);
		int from = (int) Math.min((long) page * size, all.size());
		return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
	}

	/** @throws NotFoundException when the organization has no decision with that key */
	public Decision decision(UUID organizationId, String key) {
		return this.section.read(organizationId, key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No decision \"" + key + "\""));
	}

}
