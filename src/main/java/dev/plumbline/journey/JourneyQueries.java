package dev.plumbline.journey;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of journeys: a page of summaries by key, and one journey whole.
 */
@Component
@Reads
public class JourneyQueries {

	private final JourneySection section;

	JourneyQueries(JourneySection section) {
		this.section = section;
	}

	public Paged<JourneySummary> page(UUID organizationId, int page, int size) {
		List<JourneySummary> all = this.section.read(organizationId, null)
			.stream()
			.sorted(Comparator.comparing(Journey::key))
			.map(JourneySummary::of)
			.toList();
		int from = (int) Math.min((long) page * size, all.size());
		return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
	}

	/** @throws NotFoundException when the organization has no journey with that key */
	public Journey journey(UUID organizationId, String key) {
		return this.section.read(organizationId, key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No journey \"" + key + "\""));
	}

}
