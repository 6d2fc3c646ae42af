package dev.plumbline.kpi.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.kpi.KpiFilter;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;
import dev.plumbline.shared.InvalidInputException;

/**
 * Turns the list filters of a request into a {@link KpiFilter}: the owner may be a person's id or key.
 */
@Component
class KpiFilters {

	private final PeopleQueries people;

	KpiFilters(PeopleQueries people) {
		this.people = people;
	}

	KpiFilter filter(CurrentOrganization organization, String pillar, String owner, String status) {
		UUID ownerId = null;
		if (owner != null && !owner.isBlank()) {
			String text = owner.strip();
			try {
				ownerId = this.people.person(organization.id(), UUID.fromString(text)).map(Person::id).orElse(null);
			}
			catch (IllegalArgumentException ex) {
				ownerId = this.people.personByKey(organization.id(), text).map(Person::id).orElse(null);
			}
			if (ownerId == null) {
				throw new InvalidInputException("owner", "no person has the id or key \"" + text + "\"");
			}
		}
		return new KpiFilter(pillar, ownerId, status);
	}

}
