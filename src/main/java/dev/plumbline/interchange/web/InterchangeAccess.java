package dev.plumbline.interchange.web;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.ForbiddenException;

/**
 * Who may move organization files: those whose role holds {@link Permission#EXCHANGE_FILES}, that is ADMINs.
 * An export holds fit assessments and every individual (anonymous) survey response, which no page or API
 * call shows to anyone, leaders included: a whole-organization file is a backup, and backups are an
 * admin's job. A replace overwrites everything.
 */
final class InterchangeAccess {

	private InterchangeAccess() {
	}

	static boolean mayReplace(CurrentOrganization organization) {
		return organization.may(Permission.EXCHANGE_FILES);
	}

	static void requireExport(CurrentOrganization organization) {
		if (!organization.may(Permission.EXCHANGE_FILES)) {
			throw new ForbiddenException("Only an ADMIN may export " + organization.name()
					+ " (the file holds fit assessments and individual survey responses); your role is "
					+ organization.role() + ".");
		}
	}

	static void requireAdmin(CurrentOrganization organization) {
		if (!mayReplace(organization)) {
			throw new ForbiddenException("Only an ADMIN of " + organization.name()
					+ " may replace its content with an organization file; your role is " + organization.role() + ".");
		}
	}

}
