package dev.plumbline.strategy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of initiatives, for pages, the API and other modules. A page costs three queries (rows,
 * their links, the count) whatever its length.
 */
@Component
@Reads
public class InitiativeQueries {

	private final InitiativeStore store;

	private final JdbcClient jdbc;

	InitiativeQueries(InitiativeStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/** The id of the initiative with this key (links from audit findings and the alignment graph). */
	public Optional<UUID> idOfKey(UUID organizationId, String key) {
		return this.jdbc.sql("SELECT id FROM initiative WHERE organization_id = ? AND initiative_key = ?")
			.params(organizationId, key)
			.query(UUID.class)
			.optional();
	}

	public Paged<Initiative> page(UUID organizationId, InitiativeFilter filter, int page, int size) {
		Paged<Initiative> empty = new Paged<>(List.of(), page, size, 0);
		List<Initiative> items = this.store.list(organizationId, filter, empty.offset(), size);
		long total = (page == 0 && items.size() < size) ? items.size() : this.store.count(organizationId, filter);
		return new Paged<>(items, page, size, total);
	}

	/** Every initiative of the organization (portfolio, roadmap), with its links: two queries. */
	public List<Initiative> all(UUID organizationId) {
		return this.store.list(organizationId, InitiativeFilter.NONE, 0, 0);
	}

	/**
	 * @throws NotFoundException when the organization has no such initiative
	 */
	public Initiative get(UUID organizationId, UUID id) {
		return this.store.find(organizationId, id)
			.orElseThrow(() -> new NotFoundException("This organization has no initiative " + id));
	}

}
