package dev.plumbline.kpi;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.Pillar;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;

/**
 * Checks a KPI draft against the organization: its charter's pillars and its people.
 */
@Component
class KpiInputs {

	private final CharterQueries charter;

	private final PeopleQueries people;

	KpiInputs(CharterQueries charter, PeopleQueries people) {
		this.charter = charter;
		this.people = people;
	}

	KpiRules.Definition check(UUID organizationId, KpiDraft draft) {
		Set<String> pillars = this.charter.current(organizationId).content().pillars().stream().map(Pillar::key)
			.collect(Collectors.toSet());
		return KpiRules.check(draft, pillars, owner -> person(organizationId, owner).map(Person::id));
	}

	private Optional<Person> person(UUID organizationId, String idOrKey) {
		try {
			return this.people.person(organizationId, UUID.fromString(idOrKey));
		}
		catch (IllegalArgumentException ex) {
			return this.people.personByKey(organizationId, idOrKey);
		}
	}

}
