package dev.plumbline.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.plumbline.charter.AcknowledgeCharter;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.organization.CreateOrganization;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.ManageMembers;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.shared.NodeLocks;
import dev.plumbline.shared.PlumblineUser;

/**
 * Seeds the demo organization when the database holds no organization yet, all in one transaction, and
 * prints the demo logins: the demo accounts and roles, a charter with a history, then the organization
 * file {@code demo/northwind.yaml} imported with its dates moved to today.
 */
@Component
class DemoOrganization implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

	private final DemoSettings settings;

	private final OrganizationQueries organizations;

	private final DemoPeople people;

	private final CreateOrganization createOrganization;

	private final ManageMembers manageMembers;

	private final ReviseCharter reviseCharter;

	private final AcknowledgeCharter acknowledgeCharter;

	private final TransactionTemplate transactions;

	private final ImportOrganization importOrganization;

	private final Clock clock;

	private final NodeLocks locks;

	/** Set when the node stops: a look again still waiting then does nothing. */
	private volatile boolean stopped;

	DemoOrganization(DemoSettings settings, OrganizationQueries organizations, DemoPeople people,
			CreateOrganization createOrganization, ManageMembers manageMembers, ReviseCharter reviseCharter,
			AcknowledgeCharter acknowledgeCharter, TransactionTemplate transactions,
			ImportOrganization importOrganization, Clock clock, NodeLocks locks) {
		this.settings = settings;
		this.organizations = organizations;
		this.people = people;
		this.createOrganization = createOrganization;
		this.manageMembers = manageMembers;
		this.reviseCharter = reviseCharter;
		this.acknowledgeCharter = acknowledgeCharter;
		this.transactions = transactions;
		this.importOrganization = importOrganization;
		this.clock = clock;
		this.locks = locks;
	}

	/** How long the seeding lock outlives a node that died while seeding. */
	static final Duration SEED_LOCK = Duration.ofMinutes(2);

	@EventListener(ApplicationReadyEvent.class)
	void seedOnFirstStart() {
		if (!this.settings.enabled()) {
			return;
		}
		seedUnlessSeeded();
	}

	/**
	 * Two nodes starting together on an empty database both see no organization: only the one holding the
	 * lock seeds, and it checks again inside the lock, so a node starting after it sees the demo. A node that
	 * finds the lock taken looks again later while there is still no organization: the holder may have been
	 * stopped while seeding, and its lock then stays until it expires ({@link #SEED_LOCK}); without a second
	 * look, no node would ever seed the demo (seen: a first start interrupted, then every later start
	 * leaving the empty database alone).
	 */
	private void seedUnlessSeeded() {
		boolean ran = this.locks.runAlone("demo-seed", SEED_LOCK, () -> {
			if (!this.organizations.anyOrganizationExists()) {
				this.transactions.executeWithoutResult(status -> seed());
				log.info("Created the demo organization \"{}\"", DemoLogins.SLUG);
			}
		});
		if (!ran) {
			if (this.organizations.anyOrganizationExists()) {
				log.info("Another node seeded the demo organization");
			}
			else {
				log.info("Another node is seeding the demo organization, or was stopped while seeding; "
						+ "looking again in {} s", this.settings.retry().toSeconds());
				CompletableFuture.delayedExecutor(this.settings.retry().toMillis(), TimeUnit.MILLISECONDS)
					.execute(this::lookAgain);
				return;
			}
		}
		StringBuilder logins = new StringBuilder("Demo logins (organization /o/" + DemoLogins.SLUG + "):");
		DemoLogins.ALL.forEach(login -> logins.append(String.format("%n    %-12s %-28s password: %s", login.role(),
				login.email(), login.password())));
		log.info(logins.toString());
	}

	private void lookAgain() {
		if (this.stopped) {
			return;
		}
		try {
			seedUnlessSeeded();
		}
		catch (RuntimeException ex) {
			log.warn("Seeding the demo organization failed; not trying again", ex);
		}
	}

	@Override
	public void destroy() {
		this.stopped = true;
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
		// Everything else — and the charter once more, as its current version — comes from the demo's
		// organization file, loaded as of today.
		this.importOrganization.replace(asAdmin, DemoFile.load(LocalDate.now(this.clock)), ImportProgress.none());
		this.acknowledgeCharter.acknowledge(asLeader);
		this.acknowledgeCharter.acknowledge(asAdmin);
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
