package dev.plumbline;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.plumbline.charter.CharterContent;
import dev.plumbline.charter.CharterValue;
import dev.plumbline.charter.Pillar;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.organization.CreateOrganization;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.ManageMembers;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.organization.RegisterAccount;
import dev.plumbline.organization.Role;

import java.util.List;

/**
 * Creates a fresh organization with one person in each role, through the real use cases. Slugs and
 * e-mails are unique per call, so tests never see each other's data, on H2 or PostgreSQL.
 */
@TestComponent
public class TestOrganizations {

	public static final String PASSWORD = "correct horse battery";

	private final RegisterAccount registerAccount;

	private final CreateOrganization createOrganization;

	private final ManageMembers manageMembers;

	private final OrganizationQueries queries;

	private final ReviseCharter reviseCharter;

	TestOrganizations(RegisterAccount registerAccount, CreateOrganization createOrganization,
			ManageMembers manageMembers, OrganizationQueries queries, ReviseCharter reviseCharter) {
		this.registerAccount = registerAccount;
		this.createOrganization = createOrganization;
		this.manageMembers = manageMembers;
		this.queries = queries;
		this.reviseCharter = reviseCharter;
	}

	public record TestOrganization(String slug, UUID id, TestUser admin, TestUser leader, TestUser member,
			TestUser stakeholder) {

		public TestUser in(Role role) {
			return switch (role) {
				case ADMIN -> this.admin;
				case LEADER -> this.leader;
				case MEMBER -> this.member;
				case STAKEHOLDER -> this.stakeholder;
			};
		}

	}

	public TestOrganization create() {
		String slug = "t-" + UUID.randomUUID().toString().substring(0, 12);
		TestUser admin = person(slug, "admin");
		this.createOrganization.create(new CreateOrganization.Command(admin.userId(), "Org " + slug, slug));
		CurrentOrganization asAdmin = as(slug, admin);
		TestUser leader = person(slug, "leader");
		TestUser member = person(slug, "member");
		TestUser stakeholder = person(slug, "board");
		this.manageMembers.add(asAdmin, leader.email(), Role.LEADER);
		this.manageMembers.add(asAdmin, member.email(), Role.MEMBER);
		this.manageMembers.add(asAdmin, stakeholder.email(), Role.STAKEHOLDER);
		return new TestOrganization(slug, asAdmin.id(), admin, leader, member, stakeholder);
	}

	/** An organization whose charter is at version 1. */
	public TestOrganization withCharter() {
		TestOrganization organization = create();
		this.reviseCharter.revise(as(organization.slug(), organization.leader()), 0, sampleCharter());
		return organization;
	}

	public CurrentOrganization as(String slug, TestUser user) {
		return this.queries.membership(slug, user).orElseThrow();
	}

	public TestUser person(String slug, String name) {
		String email = name + "@" + slug + ".test";
		UUID id = this.registerAccount.register(new RegisterAccount.Command(email, name + " of " + slug, PASSWORD));
		return new TestUser(id, email, name + " of " + slug, PASSWORD);
	}

	public static CharterContent sampleCharter() {
		return new CharterContent("A valley where everyone is cared for.", "We run clinics for everyone.",
				List.of(new CharterValue("dignity", "Dignity", "Neighbours, not cases.", List.of("Greet by name"))),
				List.of(new Pillar("access", "Access", "Short waits.", 5), new Pillar("quality", "Quality", "", 3)));
	}

}
