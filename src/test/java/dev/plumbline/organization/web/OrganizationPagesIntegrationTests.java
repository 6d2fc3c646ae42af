package dev.plumbline.organization.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Signing up, creating an organization, and managing its members from the pages.
 */
@PlumblineIntegrationTest
class OrganizationPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNavigationShowsWhatTheRoleMayOpenAndMarksThePageOpen() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		String base = "/o/" + org.slug();

		String asAdmin = this.mvc.get().uri(base + "/charter").with(org.admin().session()).exchange().getResponse()
			.getContentAsString();
		assertThat(asAdmin).contains("<a href=\"" + base + "/charter\" class=\"active\">Charter</a>")
			.contains("<a href=\"" + base + "/dashboard\">Alignment</a>")
			.contains("href=\"" + base + "/admin/interchange\"")
			.contains("href=\"" + base + "/fits\"");
		String asMember = this.mvc.get().uri(base + "/people").with(org.member().session()).exchange().getResponse()
			.getContentAsString();
		assertThat(asMember).contains("<a href=\"" + base + "/people\" class=\"active\">People</a>")
			.contains("<a href=\"" + base + "/charter\">Charter</a>")
			.doesNotContain("href=\"" + base + "/admin/interchange\"")
			.doesNotContain("href=\"" + base + "/fits\"");
		// the same navigation again, now from the cache: still the member's
		assertThat(this.mvc.get().uri(base + "/people").with(org.member().session()).exchange().getResponse()
			.getContentAsString()).doesNotContain("href=\"" + base + "/admin/interchange\"");
	}

	@Test
	void signUpThenSignIn() {
		String email = "new-" + UUID.randomUUID() + "@example.org";
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", email)
			.param("displayName", "New Person")
			.param("password", "a long enough passphrase")).hasStatus(302).redirectedUrl().isEqualTo("/login?registered=");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("email", email)
			.param("password", "a long enough passphrase")).redirectedUrl().isEqualTo("/");
	}

	@Test
	void signUpNamesEveryBadField() {
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", "not-an-email")
			.param("displayName", "")
			.param("password", "short")).hasStatusOk()
			.bodyText()
			.contains("must be an e-mail address", "must be 1 to 120 characters", "must be at least 12 characters");
	}

	@Test
	void aSignedInPersonCreatesAnOrganizationAndBecomesItsAdmin() {
		TestUser person = this.organizations.person("p" + UUID.randomUUID().toString().substring(0, 8), "founder");
		String slug = "new-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.mvc.post()
			.uri("/organizations")
			.with(person.session())
			.with(csrf())
			.param("name", "Riverside Food Bank")
			.param("slug", slug)).hasStatus(302).redirectedUrl().isEqualTo("/o/" + slug + "/charter");
		assertThat(this.jdbc.sql("""
				SELECT m.role FROM membership m JOIN organization o ON o.id = m.organization_id
				WHERE o.slug = :slug AND m.account_id = :account
				""").param("slug", slug).param("account", person.userId()).query(String.class).single())
			.isEqualTo("ADMIN");
		assertThat(this.mvc.get().uri("/o/{slug}/charter", slug).with(person.session())).hasStatusOk()
			.bodyText()
			.contains("Riverside Food Bank", "No charter yet");
	}

	@Test
	void creatingAnOrganizationNamesBadOrTakenSlugs() {
		TestOrganization existing = this.organizations.create();
		TestUser person = existing.member();
		assertThat(this.mvc.post()
			.uri("/organizations")
			.with(person.session())
			.with(csrf())
			.param("name", "Copycat")
			.param("slug", existing.slug())).hasStatusOk().bodyText().contains("is already taken");
		assertThat(this.mvc.post()
			.uri("/organizations")
			.with(person.session())
			.with(csrf())
			.param("name", "")
			.param("slug", "Bad Slug!")).hasStatusOk()
			.bodyText()
			.contains("may use lower-case letters, digits and inner hyphens only");
	}

	@Test
	void adminsAddReRoleAndRemoveMembers() {
		TestOrganization org = this.organizations.create();
		TestUser newcomer = this.organizations.person(org.slug(), "newcomer");
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members", org.slug())
			.with(org.admin().session())
			.with(csrf())
			.param("email", newcomer.email())
			.param("role", "MEMBER")).hasStatus(302);
		UUID membership = membershipOf(org, newcomer);
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members/{id}/role", org.slug(), membership)
			.with(org.admin().session())
			.with(csrf())
			.param("role", "LEADER")).hasStatus(302);
		assertThat(roleOf(membership)).isEqualTo("LEADER");
		assertThat(this.mvc.get().uri("/o/{slug}/charter/edit", org.slug()).with(newcomer.session())).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members/{id}/remove", org.slug(), membership)
			.with(org.admin().session())
			.with(csrf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/o/{slug}/charter", org.slug()).with(newcomer.session())).hasStatus(404);
	}

	@Test
	void addingSomeoneWithoutAnAccountIsExplained() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members", org.slug())
			.with(org.admin().session())
			.with(csrf())
			.param("email", "nobody@nowhere.test")
			.param("role", "MEMBER")).hasStatusOk().bodyText().contains("no account is registered with this e-mail");
	}

	@Test
	void theLastAdminCannotBeDemotedOrRemoved() {
		TestOrganization org = this.organizations.create();
		UUID admin = membershipOf(org, org.admin());
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members/{id}/role", org.slug(), admin)
			.with(org.admin().session())
			.with(csrf())
			.param("role", "MEMBER")).hasStatus(302)
			.flash()
			.containsEntry("problem", "an organization needs at least one ADMIN; make someone else ADMIN first");
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members/{id}/remove", org.slug(), admin)
			.with(org.admin().session())
			.with(csrf())).hasStatus(302);
		assertThat(roleOf(admin)).isEqualTo("ADMIN");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEADER", "MEMBER", "STAKEHOLDER" })
	void onlyAdminsManageMembers(Role role) {
		TestOrganization org = this.organizations.create();
		UUID member = membershipOf(org, org.member());
		assertThat(this.mvc.get().uri("/o/{slug}/members", org.slug()).with(org.in(role).session())).hasStatusOk()
			.bodyText()
			.contains(org.member().email())
			.doesNotContain("Add a member");
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members/{id}/role", org.slug(), member)
			.with(org.in(role).session())
			.with(csrf())
			.param("role", "ADMIN")).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members", org.slug())
			.with(org.in(role).session())
			.with(csrf())
			.param("email", org.member().email())
			.param("role", "ADMIN")).hasStatus(403);
		assertThat(roleOf(member)).isEqualTo("MEMBER");
	}

	@Test
	void tokensPageShowsANewTokenOnceAndRevokes() {
		TestOrganization org = this.organizations.create();
		var issued = this.mvc.post().uri("/account/tokens").with(org.member().session()).with(csrf()).param("name", "laptop").exchange();
		assertThat(issued).hasStatusOk().bodyText().contains("shown only once", "plb_");
		assertThat(this.mvc.get().uri("/account/tokens").with(org.member().session())).bodyText()
			.contains("laptop")
			.doesNotContain("shown only once");
		UUID id = this.jdbc.sql("SELECT id FROM api_token WHERE account_id = :a").param("a", org.member().userId()).query(UUID.class).single();
		assertThat(this.mvc.post().uri("/account/tokens/{id}/revoke", id).with(org.member().session()).with(csrf()))
			.hasStatus(302);
		assertThat(this.mvc.get().uri("/account/tokens").with(org.member().session())).bodyText().contains("revoked");
	}

	private UUID membershipOf(TestOrganization org, TestUser user) {
		return this.jdbc.sql("SELECT id FROM membership WHERE organization_id = :org AND account_id = :account")
			.param("org", org.id())
			.param("account", user.userId())
			.query(UUID.class)
			.single();
	}

	private String roleOf(UUID membership) {
		return this.jdbc.sql("SELECT role FROM membership WHERE id = :id").param("id", membership).query(String.class).single();
	}

}
