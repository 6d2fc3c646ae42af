package dev.plumbline.interchange;

import java.util.UUID;

/**
 * One module's part of an organization file. Each module that owns a section of the file implements
 * this as a Spring bean; {@code interchange} finds them all. Import clears the sections in reverse
 * {@link #order()} and loads them in order, all in one transaction, so a failure leaves nothing
 * half-written. Export asks each section to fill in its part.
 */
public interface OrganizationSection {

	/** Load order: lower loads first (teams before the objectives that name them) and is cleared last. */
	int order();

	/** Deletes this section's rows of the organization (the org itself and its members stay). */
	void clear(ImportContext context);

	/**
	 * Inserts this section's rows from a file that has already passed validation (every reference
	 * resolves), reporting rows through {@link ImportContext#progress()}.
	 */
	void load(ImportContext context, OrganizationFile file);

	/** Returns {@code file} with this section filled from the database, in a stable order. */
	OrganizationFile export(UUID organizationId, OrganizationFile file);

}
