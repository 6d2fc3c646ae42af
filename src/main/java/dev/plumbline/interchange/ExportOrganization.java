package dev.plumbline.interchange;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.shared.NotFoundException;

/**
 * An organization as an organization file, read from the database: every section fills its part, in a
 * stable order, so that export → import → export gives the same file. The audit builds its graph from
 * this too.
 */
@Component
@Transactional(readOnly = true)
public class ExportOrganization {

	private final List<OrganizationSection> sections;

	private final OrganizationQueries organizations;

	private final AuditSettingsStore settings;

	ExportOrganization(List<OrganizationSection> sections, OrganizationQueries organizations,
			AuditSettingsStore settings) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(OrganizationSection::order)).toList();
		this.organizations = organizations;
		this.settings = settings;
	}

	/** @throws NotFoundException when there is no such organization */
	public OrganizationFile export(UUID organizationId) {
		OrganizationQueries.MyOrganization organization = this.organizations.organization(organizationId)
			.orElseThrow(() -> new NotFoundException("No organization " + organizationId));
		OrganizationFile file = OrganizationFile
			.empty(new OrganizationFile.Organization(organization.name(), organization.slug()))
			.withAudit(this.settings.get(organizationId));
		for (OrganizationSection section : this.sections) {
			file = section.export(organizationId, file);
		}
		return file;
	}

}
