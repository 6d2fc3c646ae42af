package dev.plumbline;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * No request reads or writes another organization's data: a slug or an id that belongs elsewhere answers
 * 404, exactly like one that does not exist.
 */
@PlumblineIntegrationTest
class TenancyIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesOfAnotherOrganizationAnswer404() {
		TestOrganization mine = this.organizations.withCharter();
		TestOrganization theirs = this.organizations.withCharter();
		for (String path : new String[] { "", "/charter", "/charter/edit", "/charter/history",
				"/charter/history/diff?from=0&to=1", "/members", "/activity" }) {
			assertThat(this.mvc.get().uri("/o/" + theirs.slug() + path).with(mine.admin().session()))
				.as(path)
				.hasStatus(404)
				.bodyText()
				.doesNotContain(theirs.slug() + " ");
			assertThat(this.mvc.get().uri("/o/no-such-org" + path).with(mine.admin().session())).as(path).hasStatus(404);
		}
	}

	@Test
	void apiOfAnotherOrganizationAnswers404() {
		TestOrganization mine = this.organizations.withCharter();
		TestOrganization theirs = this.organizations.withCharter();
		for (String path : new String[] { "/charter", "/charter/versions", "/charter/versions/1",
				"/charter/diff?from=0&to=1", "/activity" }) {
			assertThat(this.mvc.get().uri("/api/v1/orgs/" + theirs.slug() + path).with(mine.admin().session()))
				.as(path)
				.hasStatus(404)
				.hasContentTypeCompatibleWith("application/problem+json");
		}
	}

	@Test
	void writesToAnotherOrganizationAnswer404AndChangeNothing() {
		TestOrganization mine = this.organizations.withCharter();
		TestOrganization theirs = this.organizations.withCharter();
		assertThat(this.mvc.put()
			.uri("/api/v1/orgs/{slug}/charter", theirs.slug())
			.with(mine.admin().session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 1, \"mission\": \"Hijacked\"}")).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter", theirs.slug())
			.with(mine.admin().session())
			.with(csrf())
			.param("version", "1")
			.param("mission", "Hijacked")).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/api/v1/orgs/{slug}/charter/acknowledgements", theirs.slug())
			.with(mine.member().session())
			.with(csrf())).hasStatus(404);
		assertThat(this.jdbc.sql("SELECT mission FROM charter WHERE organization_id = :org")
			.param("org", theirs.id())
			.query(String.class)
			.single()).isEqualTo(TestOrganizations.sampleCharter().mission());
		assertThat(this.jdbc.sql("SELECT count(*) FROM charter_acknowledgement WHERE organization_id = :org")
			.param("org", theirs.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void membershipIdsOfAnotherOrganizationAnswer404() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		UUID theirMember = this.jdbc.sql("SELECT id FROM membership WHERE organization_id = :org AND role = 'MEMBER'")
			.param("org", theirs.id())
			.query(UUID.class)
			.single();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members/{id}/role", mine.slug(), theirMember)
			.with(mine.admin().session())
			.with(csrf())
			.param("role", "ADMIN")).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/o/{slug}/members/{id}/remove", mine.slug(), theirMember)
			.with(mine.admin().session())
			.with(csrf())).hasStatus(404);
		assertThat(this.jdbc.sql("SELECT role FROM membership WHERE id = :id").param("id", theirMember).query(String.class).single())
			.isEqualTo(Role.MEMBER.name());
	}

	@Test
	void anotherPersonsTokenAnswers404() throws Exception {
		TestOrganization org = this.organizations.create();
		var issued = this.mvc.post()
			.uri("/api/v1/me/tokens")
			.with(org.leader().session())
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"mine\"}")
			.exchange();
		String id = com.jayway.jsonpath.JsonPath.read(issued.getResponse().getContentAsString(), "$.id");
		assertThat(this.mvc.delete().uri("/api/v1/me/tokens/{id}", id).with(org.admin().session()).with(csrf()))
			.hasStatus(404);
		assertThat(this.jdbc.sql("SELECT revoked_at FROM api_token WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(java.sql.Timestamp.class)
			.optional()).isEmpty();
	}

	@Test
	void theOrganizationListShowsOnlyMyOrganizations() {
		TestOrganization mine = this.organizations.create();
		TestOrganization theirs = this.organizations.create();
		assertThat(this.mvc.get().uri("/").with(mine.member().session())).hasStatusOk()
			.bodyText()
			.contains("/o/" + mine.slug())
			.doesNotContain("/o/" + theirs.slug());
	}

}
