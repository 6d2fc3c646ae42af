package dev.plumbline.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.organization.OrganizationQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * A newcomer finds a living organization: the demo people can sign in with the published passwords and
 * see a charter with a history.
 */
@PlumblineIntegrationTest
class DemoOrganizationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganizationQueries organizations;

	@Autowired
	CharterQueries charters;

	@Test
	void everyDemoPersonSignsInWithThePublishedPassword() {
		for (DemoLogins.Login login : DemoLogins.ALL) {
			assertThat(this.mvc.perform(formLogin("/login").userParameter("email").user(login.email()).password(login.password())))
				.as(login.email())
				.hasStatus(302)
				.redirectedUrl()
				.isEqualTo("/");
		}
	}

	@Test
	void theDemoHasEveryRoleAndAWrittenCharterWithHistory() {
		java.util.UUID demo = this.organizations.organizationIdOf(DemoLogins.SLUG).orElseThrow();
		assertThat(this.organizations.members(demo)).extracting(m -> m.email() + ":" + m.role())
			.contains("admin@demo.plumbline.dev:ADMIN", "leader@demo.plumbline.dev:LEADER",
					"member@demo.plumbline.dev:MEMBER", "board@demo.plumbline.dev:STAKEHOLDER");
		assertThat(this.charters.current(demo).version()).isGreaterThanOrEqualTo(3);
		assertThat(this.charters.history(demo)).extracting(CharterQueries.VersionSummary::summary)
			.contains("Charter written");
		assertThat(this.charters.current(demo).content().pillars()).hasSizeGreaterThanOrEqualTo(4);
	}

}
