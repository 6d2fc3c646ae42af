package dev.plumbline.organization;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

import dev.plumbline.organization.MembershipChanged.Change;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.UseCase;

/**
 * An ADMIN adds people to the organization, changes their role or removes them. An organization always
 * keeps at least one ADMIN.
 */
@UseCase
public class ManageMembers {

	private final MembershipRepository memberships;

	private final AccountRepository accounts;

	private final JdbcAggregateTemplate aggregates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ManageMembers(MembershipRepository memberships, AccountRepository accounts, JdbcAggregateTemplate aggregates,
			ApplicationEventPublisher events, Clock clock) {
		this.memberships = memberships;
		this.accounts = accounts;
		this.aggregates = aggregates;
		this.events = events;
		this.clock = clock;
	}

	public UUID add(CurrentOrganization organization, String email, Role role) {
		organization.require(Permission.MANAGE_MEMBERS);
		if (role == null) {
			throw new InvalidInputException("role", "must be one of ADMIN, LEADER, MEMBER, STAKEHOLDER");
		}
		Account account = this.accounts.findByEmail(Account.normalize(email))
			.orElseThrow(() -> new InvalidInputException("email",
					"no account is registered with this e-mail; ask the person to sign up first"));
		if (this.memberships.findByOrganizationIdAndAccountId(organization.id(), account.id()).isPresent()) {
			throw new InvalidInputException("email", "is already a member");
		}
		Membership membership = Membership.create(organization.id(), account.id(), role, this.clock.instant());
		try {
			this.aggregates.insert(membership);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("email", "is already a member");
		}
		this.events.publishEvent(
				new MembershipChanged(organization.id(), organization.userId(), account.email(), Change.ADDED, role));
		return membership.id();
	}

	public void changeRole(CurrentOrganization organization, UUID membershipId, Role role) {
		organization.require(Permission.MANAGE_MEMBERS);
		Membership membership = find(organization, membershipId); // another organization's member: 404 first
		if (role == null) {
			throw new InvalidInputException("role", "must be one of ADMIN, LEADER, MEMBER, STAKEHOLDER");
		}
		if (membership.role() == Role.ADMIN && role != Role.ADMIN) {
			requireAnotherAdmin(organization);
		}
		this.memberships.save(membership.withRole(role));
		this.events.publishEvent(new MembershipChanged(organization.id(), organization.userId(),
				emailOf(membership), Change.ROLE_CHANGED, role));
	}

	public void remove(CurrentOrganization organization, UUID membershipId) {
		organization.require(Permission.MANAGE_MEMBERS);
		Membership membership = find(organization, membershipId);
		if (membership.role() == Role.ADMIN) {
			requireAnotherAdmin(organization);
		}
		this.memberships.delete(membership);
		this.events.publishEvent(new MembershipChanged(organization.id(), organization.userId(),
				emailOf(membership), Change.REMOVED, membership.role()));
	}

	private Membership find(CurrentOrganization organization, UUID membershipId) {
		return this.memberships.findByIdAndOrganizationId(membershipId, organization.id())
			.orElseThrow(() -> new NotFoundException("No such member in " + organization.name()));
	}

	private void requireAnotherAdmin(CurrentOrganization organization) {
		if (this.memberships.countByOrganizationIdAndRole(organization.id(), Role.ADMIN) < 2) {
			throw new InvalidInputException("role", "an organization needs at least one ADMIN; make someone else ADMIN first");
		}
	}

	private String emailOf(Membership membership) {
		return this.accounts.findById(membership.accountId()).map(Account::email).orElse("(deleted account)");
	}

}
