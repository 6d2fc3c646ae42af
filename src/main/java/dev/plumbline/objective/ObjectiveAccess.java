package dev.plumbline.objective;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Person;
import dev.plumbline.shared.ForbiddenException;

/**
 * Who may change an objective: LEADERs and ADMINs any (MANAGE_STRATEGY); a MEMBER (CHECK_IN) the ones
 * they own, "they" being the person whose e-mail is their account's e-mail.
 */
@Component
public class ObjectiveAccess {

	private final PeopleQueries people;

	ObjectiveAccess(PeopleQueries people) {
		this.people = people;
	}

	/** The person the signed-in account is in this organization, if any. */
	public Optional<Person> me(CurrentOrganization organization) {
		String email = organization.user().email();
		return email == null ? Optional.empty() : this.people.personForEmail(organization.id(), email);
	}

	public boolean mayEdit(CurrentOrganization organization, UUID ownerId) {
		if (organization.may(Permission.MANAGE_STRATEGY)) {
			return true;
		}
		return organization.may(Permission.CHECK_IN) && ownerId != null
				&& me(organization).map(p -> p.id().equals(ownerId)).orElse(false);
	}

	void requireEdit(CurrentOrganization organization, UUID ownerId) {
		if (!mayEdit(organization, ownerId)) {
			organization.require(Permission.MANAGE_STRATEGY); // says what the role lacks
			throw new ForbiddenException("Only its owner, a leader or an admin may change this objective.");
		}
	}

	void requireCheckIn(CurrentOrganization organization, UUID ownerId) {
		if (!mayEdit(organization, ownerId)) {
			throw new ForbiddenException("Only the objective's owner, a leader or an admin may check in on it.");
		}
	}

}
