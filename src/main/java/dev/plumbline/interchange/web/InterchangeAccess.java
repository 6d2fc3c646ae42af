package dev.plumbline.interchange.web;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Role;
import dev.plumbline.shared.ForbiddenException;

/**
 * Who may move organization files: ADMINs replace content; ADMINs and LEADERs export (an export holds
 * fit assessments and survey answers, so members and stakeholders may not).
 */
final class InterchangeAccess {

	private InterchangeAccess() {
	}

	static boolean mayExport(CurrentOrganization organization) {
		return organization.role() == Role.ADMIN || organization.role() == Role.LEADER;
	}

	static boolean mayReplace(CurrentOrganization organization) {
		return organization.role() == Role.ADMIN;
	}

	static void requireExport(CurrentOrganization organization) {
		if (!mayExport(organization)) {
			throw new ForbiddenException("Only ADMINs and LEADERs may export " + organization.name()
					+ " (it holds fit assessments and survey answers); your role is " + organization.role() + ".");
		}
	}

	static void requireAdmin(CurrentOrganization organization) {
		if (!mayReplace(organization)) {
			throw new ForbiddenException("Only an ADMIN of " + organization.name()
					+ " may replace its content with an organization file; your role is " + organization.role() + ".");
		}
	}

}
