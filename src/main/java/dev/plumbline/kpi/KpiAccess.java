package dev.plumbline.kpi;

import org.springframework.stereotype.Component;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.shared.ForbiddenException;

/**
 * Who may do what with KPIs: LEADERs and ADMINs define and edit them and record measurements of any; a
 * MEMBER records measurements of the KPIs they own (their person has the account's e-mail); STAKEHOLDERs
 * read.
 */
@Component
public class KpiAccess {

	private final PeopleQueries people;

	KpiAccess(PeopleQueries people) {
		this.people = people;
	}

	public boolean mayManage(CurrentOrganization organization) {
		return organization.may(Permission.MANAGE_STRATEGY);
	}

	public boolean mayRecord(CurrentOrganization organization, Kpi kpi) {
		return mayManage(organization) || (organization.may(Permission.CHECK_IN) && owns(organization, kpi));
	}

	/** Whether the signed-in account is the person who owns the KPI. */
	public boolean owns(CurrentOrganization organization, Kpi kpi) {
		if (kpi.ownerId() == null || organization.user().email() == null) {
			return false;
		}
		return this.people.personForEmail(organization.id(), organization.user().email())
			.map(person -> person.id().equals(kpi.ownerId()))
			.orElse(false);
	}

	void requireRecord(CurrentOrganization organization, Kpi kpi) {
		if (!mayRecord(organization, kpi)) {
			throw new ForbiddenException("Your role (" + organization.role() + ") in " + organization.name()
					+ " allows recording measurements only for KPIs you own; \"" + kpi.name() + "\" is not yours.");
		}
	}

}
