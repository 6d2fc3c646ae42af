package dev.plumbline.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.UseCase;

/**
 * A signed-in person creates an organization and becomes its ADMIN.
 */
@UseCase
public class CreateOrganization {

	private final OrganizationRepository organizations;

	private final JdbcAggregateTemplate aggregates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CreateOrganization(OrganizationRepository organizations, JdbcAggregateTemplate aggregates,
			ApplicationEventPublisher events, Clock clock) {
		this.organizations = organizations;
		this.aggregates = aggregates;
		this.events = events;
		this.clock = clock;
	}

	public record Command(UUID creatorId, String name, String slug) {
	}

	/**
	 * @return the new organization's slug
	 * @throws InvalidInputException naming {@code name} or {@code slug}
	 */
	public String create(Command command) {
		String name = command.name() == null ? "" : command.name().strip();
		String slug = command.slug() == null || command.slug().isBlank() ? Slugs.suggest(name)
				: command.slug().strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "must not be empty"));
		}
		else if (name.length() > 120) {
			problems.add(new FieldProblem("name", "must be at most 120 characters"));
		}
		Slugs.problem(slug).ifPresent(p -> problems.add(new FieldProblem("slug", p)));
		if (problems.isEmpty() && this.organizations.existsBySlug(slug)) {
			problems.add(new FieldProblem("slug", "\"" + slug + "\" is already taken"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Organization organization = Organization.create(slug, name, this.clock.instant());
		try {
			this.aggregates.insert(organization);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("slug", "\"" + slug + "\" is already taken");
		}
		this.aggregates.insert(Membership.create(organization.id(), command.creatorId(), Role.ADMIN,
				this.clock.instant()));
		this.events.publishEvent(new OrganizationCreated(organization.id(), command.creatorId(), slug, name));
		return slug;
	}

}
