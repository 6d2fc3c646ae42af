package dev.plumbline.audit.web;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;

/**
 * Who may see findings drawn from fit assessments: those who may read fits ({@link Permission#VIEW_FITS}).
 */
final class FitReaders {

	private FitReaders() {
	}

	static boolean mayRead(CurrentOrganization organization) {
		return organization.may(Permission.VIEW_FITS);
	}

}
