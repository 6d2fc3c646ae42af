package dev.plumbline.organization;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

import dev.plumbline.organization.MembershipChanged.Change;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.shared.UseCase;

/**
 * An ADMIN adds people to the organization, changes their role or removes them. An organization always
 * keeps at least one ADMIN. Changes name the membership version they were made from, so that two ADMINs
 * working at once cannot silently undo each other.
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

	/**
	 * Changes a member's role, from the version of the membership the ADMIN was looking at.
	 * @param expectedVersion the version shown on the page; null only for callers that show none
	 * @throws StaleVersionException when another ADMIN changed the membership meanwhile
	 */
	public void changeRole(CurrentOrganization organization, UUID membershipId, Long expectedVersion, Role role) {
		organization.require(Permission.MANAGE_MEMBERS);
		// another organization's member: 404 first, before the role is even looked at
		Membership membership = current(find(organization, membershipId), expectedVersion);
		if (role == null) {
			throw new InvalidInputException("role", "must be one of ADMIN, LEADER, MEMBER, STAKEHOLDER");
		}
		if (membership.role() == Role.ADMIN && role != Role.ADMIN) {
			requireAnotherAdmin(organization);
		}
		try {
			this.memberships.save(membership.withRole(role));
		}
		catch (OptimisticLockingFailureException ex) {
			throw stale(membership);
		}
		this.events.publishEvent(new MembershipChanged(organization.id(), organization.userId(),
				emailOf(membership), Change.ROLE_CHANGED, role));
	}

	/**
	 * Removes a member, unless the membership changed since the ADMIN looked at it.
	 * @param expectedVersion the version shown on the page; null only for callers that show none
	 * @throws StaleVersionException when another ADMIN changed the membership meanwhile
	 */
	public void remove(CurrentOrganization organization, UUID membershipId, Long expectedVersion) {
		organization.require(Permission.MANAGE_MEMBERS);
		Membership membership = current(find(organization, membershipId), expectedVersion);
		if (membership.role() == Role.ADMIN) {
			requireAnotherAdmin(organization);
		}
		try {
			this.memberships.delete(membership);
		}
		catch (OptimisticLockingFailureException ex) {
			throw stale(membership);
		}
		this.events.publishEvent(new MembershipChanged(organization.id(), organization.userId(),
				emailOf(membership), Change.REMOVED, membership.role()));
	}

	private Membership current(Membership membership, Long expectedVersion) {
		if (expectedVersion != null && !expectedVersion.equals(membership.version())) {
			throw stale(membership);
		}
		return membership;
	}

	private StaleVersionException stale(Membership membership) {
		Membership now = this.memberships.findById(membership.id()).orElse(membership);
		long current = now.version() == null ? 0 : now.version();
		return new StaleVersionException("The membership of " + emailOf(membership)
				+ " was changed meanwhile (it is now " + now.role() + ", version " + current
				+ "). Reload the members page, then make your change again.", current);
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
