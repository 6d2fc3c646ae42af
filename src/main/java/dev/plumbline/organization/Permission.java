package dev.plumbline.organization;

/**
 * What a role may do inside one organization.
 */
public enum Permission {

	/** See the organization's pages and API. */
	READ,
	/** Acknowledge the current charter ("I have read it"). */
	ACKNOWLEDGE_CHARTER,
	/** Change vision, mission, values and pillars. */
	EDIT_CHARTER,
	/** Create and change teams and people. */
	MANAGE_PEOPLE,
	/** Create and change initiatives, objectives and KPIs of anyone. */
	MANAGE_STRATEGY,
	/** Change the objectives one owns and check in on their key results. */
	CHECK_IN,
	/** Add and remove members and change their roles. */
	MANAGE_MEMBERS,
	/** Read the organization's trail of changes. */
	VIEW_TRAIL,
	/** Read fit assessments (values ratings, gets it / wants it / capacity): sensitive, leaders only. */
	VIEW_FITS,
	/**
	 * Export the whole organization as a file, or replace it with one: the file holds fit assessments and
	 * every anonymous survey response, which no page shows, so only admins (a backup is their job).
	 */
	EXCHANGE_FILES

}
