package dev.plumbline.audit.web;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Role;

/**
 * Who may see findings drawn from fit assessments: those who may read fits (admins and leaders).
 */
final class FitReaders {

	private FitReaders() {
	}

	static boolean mayRead(CurrentOrganization organization) {
		return organization.role() == Role.ADMIN || organization.role() == Role.LEADER;
	}

}
