package dev.plumbline.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.plumbline.charter.AcknowledgeCharter;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.organization.CreateOrganization;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.ManageMembers;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.shared.PlumblineUser;

/**
 * Seeds the demo organization when the database holds no organization yet, all in one transaction, and
 * prints the demo logins.
 */
@Component
class DemoOrganization {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	private final DemoSettings settings;

	private final OrganizationQueries organizations;

	private final DemoPeople people;

	private final CreateOrganization createOrganization;

	private final ManageMembers manageMembers;

	private final ReviseCharter reviseCharter;

	private final AcknowledgeCharter acknowledgeCharter;

	private final TransactionTemplate transactions;

	private final DemoWork work;

	DemoOrganization(DemoSettings settings, OrganizationQueries organizations, DemoPeople people,
			CreateOrganization createOrganization, ManageMembers manageMembers, ReviseCharter reviseCharter,
			AcknowledgeCharter acknowledgeCharter, TransactionTemplate transactions, DemoWork work) {
		this.settings = settings;
		this.organizations = organizations;
		this.people = people;
		this.createOrganization = createOrganization;
		this.manageMembers = manageMembers;
		this.reviseCharter = reviseCharter;
		this.acknowledgeCharter = acknowledgeCharter;
		this.transactions = transactions;
		this.work = work;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnFirstStart() {
		if (!this.settings.enabled()) {
			return;
		}
		if (!this.organizations.anyOrganizationExists()) {
			this.transactions.executeWithoutResult(status -> seed());
			log.info("Created the demo organization \"{}\"", DemoLogins.SLUG);
		}
		StringBuilder logins = new StringBuilder("Demo logins (organization /o/" + DemoLogins.SLUG + "):");
		DemoLogins.ALL.forEach(login -> logins.append(String.format("%n    %-12s %-28s password: %s", login.role(),
				login.email(), login.password())));
		log.info(logins.toString());
	}

	void seed() {
		Map<DemoLogins.Login, PlumblineUser> users = new HashMap<>();
		DemoLogins.ALL.forEach(login -> users.put(login, this.people.register(login)));
		PlumblineUser admin = users.get(DemoLogins.ADMIN);
		this.createOrganization.create(new CreateOrganization.Command(admin.userId(), "Northwind Community Clinics",
				DemoLogins.SLUG));
		CurrentOrganization asAdmin = as(admin);
		DemoLogins.ALL.stream()
			.filter(login -> login != DemoLogins.ADMIN)
			.forEach(login -> this.manageMembers.add(asAdmin, login.email(), login.role()));
		CurrentOrganization asLeader = as(users.get(DemoLogins.LEADER));
		CurrentOrganization asMember = as(users.get(DemoLogins.MEMBER));
		long version = this.reviseCharter.revise(asAdmin, 0, DemoCharter.first());
		this.acknowledgeCharter.acknowledge(asMember);
		version = this.reviseCharter.revise(asLeader, version, DemoCharter.second());
		this.acknowledgeCharter.acknowledge(asMember);
		this.reviseCharter.revise(asLeader, version, DemoCharter.third());
		this.acknowledgeCharter.acknowledge(asLeader);
		this.acknowledgeCharter.acknowledge(asAdmin);
		this.work.seed(asAdmin, asLeader);
	}

	private CurrentOrganization as(PlumblineUser user) {
		return this.organizations.membership(DemoLogins.SLUG, user)
			.orElseThrow(() -> new IllegalStateException("The demo organization was not created"));
	}

	/** Who the demo acts as while seeding. */
	record DemoUser(UUID userId, String email, String displayName) implements PlumblineUser {

		@Override
		public boolean viaApiToken() {
			return false;
		}

	}

}
