package dev.plumbline.interchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.plumbline.organization.CreateOrganization;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.organization.Role;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.ForbiddenException;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.PlumblineUser;

/**
 * Imports an organization file: into a new organization (the importer becomes its ADMIN), or replacing
 * the content of one the importer administers. The file is read and checked first; then, in one
 * transaction, every section is cleared (last section first) and loaded (first section first), so that
 * a failure anywhere leaves everything as it was.
 */
@Component
public class ImportOrganization {

	private static final Logger log = LoggerFactory.getLogger(ImportOrganization.class);

	private final List<OrganizationSection> sections;

	private final CreateOrganization createOrganization;

	private final OrganizationQueries organizations;

	private final AuditSettingsStore settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ImportOrganization(List<OrganizationSection> sections, CreateOrganization createOrganization,
			OrganizationQueries organizations, AuditSettingsStore settings, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(OrganizationSection::order)).toList();
		this.createOrganization = createOrganization;
		this.organizations = organizations;
		this.settings = settings;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** What was imported where. */
	public record Imported(UUID organizationId, String slug, long rows) {
	}

	/**
	 * Reads {@code content} and imports it into a new organization.
	 * @param slug overrides the file's slug when not blank
	 * @param name overrides the file's name when not blank
	 * @throws InvalidFileException listing every problem of the file
	 * @throws InvalidInputException naming {@code organization.slug} when the slug is taken
	 */
	public Imported intoNewOrganization(PlumblineUser user, byte[] content, FileFormat format, String slug,
			String name, ImportProgress progress) {
		ImportTimes times = ImportTimes.start();
		OrganizationFile file = OrganizationFiles.read(content, format);
		times.read();
		return intoNewOrganization(user, file, slug, name, progress, times);
	}

	/** Imports a file already read into a new organization. */
	public Imported intoNewOrganization(PlumblineUser user, OrganizationFile file, String slug, String name,
			ImportProgress progress) {
		return intoNewOrganization(user, file, slug, name, progress, ImportTimes.start());
	}

	private Imported intoNewOrganization(PlumblineUser user, OrganizationFile file, String slug, String name,
			ImportProgress progress, ImportTimes times) {
		checkSettings(file);
		String chosenSlug = blank(slug) ? (file.organization() == null ? null : file.organization().slug()) : slug;
		String chosenName = blank(name) ? (file.organization() == null ? null : file.organization().name()) : name;
		Imported imported = this.transactions.execute(status -> {
			String created;
			try {
				created = this.createOrganization
					.create(new CreateOrganization.Command(user.userId(), chosenName, chosenSlug));
			}
			catch (InvalidInputException ex) {
				throw new InvalidInputException(ex.problems()
					.stream()
					.map(p -> new FieldProblem("organization." + p.field(), p.message()))
					.toList());
			}
			UUID id = this.organizations.organizationIdOf(created).orElseThrow();
			long rows = load(context(id, user, progress), file, false);
			times.written();
			this.events.publishEvent(new OrganizationImported(id, user.userId(), created, rows, false));
			return new Imported(id, created, rows);
		});
		log.info("Imported {} rows into organization {}: {}", imported.rows(), imported.slug(), times.committed());
		return imported;
	}

	/**
	 * Reads {@code content} and replaces the organization's content with it.
	 * @throws ForbiddenException unless the importer is an ADMIN of the organization
	 * @throws InvalidFileException listing every problem of the file
	 */
	public Imported replace(CurrentOrganization organization, byte[] content, FileFormat format,
			ImportProgress progress) {
		requireAdmin(organization);
		ImportTimes times = ImportTimes.start();
		OrganizationFile file = OrganizationFiles.read(content, format);
		times.read();
		return replace(organization, file, progress, times);
	}

	/** Replaces the organization's content with a file already read. */
	public Imported replace(CurrentOrganization organization, OrganizationFile file, ImportProgress progress) {
		return replace(organization, file, progress, ImportTimes.start());
	}

	private Imported replace(CurrentOrganization organization, OrganizationFile file, ImportProgress progress,
			ImportTimes times) {
		requireAdmin(organization);
		checkSettings(file);
		Imported imported = this.transactions.execute(status -> {
			ImportContext context = context(organization.id(), organization.user(), progress);
			for (int i = this.sections.size() - 1; i >= 0; i--) {
				this.sections.get(i).clear(context);
			}
			times.cleared();
			long rows = load(context, file, true);
			times.written();
			this.events.publishEvent(
					new OrganizationImported(organization.id(), organization.userId(), organization.slug(), rows, true));
			return new Imported(organization.id(), organization.slug(), rows);
		});
		log.info("Replaced organization {} with {} rows: {}", imported.slug(), imported.rows(), times.committed());
		return imported;
	}

	private long load(ImportContext context, OrganizationFile file, boolean replacing) {
		long[] rows = { 0 };
		ImportContext counting = new ImportContext(context.organizationId(), context.accountId(),
				context.accountName(), context.now(), (section, written) -> {
					rows[0] += written;
					context.progress().rowsWritten(section, written);
				});
		if (replacing || !file.audit().equals(OrganizationFile.AuditSettings.DEFAULTS)) {
			this.settings.replace(context.organizationId(), file.audit());
		}
		for (OrganizationSection section : this.sections) {
			section.load(counting, file);
		}
		return rows[0];
	}

	private ImportContext context(UUID organizationId, PlumblineUser user, ImportProgress progress) {
		Instant now = this.clock.instant();
		return new ImportContext(organizationId, user.userId(), user.displayName(), now,
				progress == null ? ImportProgress.none() : progress);
	}

	private static void checkSettings(OrganizationFile file) {
		List<FieldProblem> problems = AuditSettingsStore.problems(file.audit());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static void requireAdmin(CurrentOrganization organization) {
		if (organization.role() != Role.ADMIN) {
			throw new ForbiddenException("Only an ADMIN of " + organization.name()
					+ " may replace its content with an organization file (your role: " + organization.role() + ").");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
