package dev.plumbline.activity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The trail records every write with who and when, and only ADMINs read it.
 */
@PlumblineIntegrationTest
class ActivityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void recordsWhoDidWhatNewestFirst() {
		TestOrganization org = this.organizations.withCharter();
		this.mvc.post().uri("/o/{slug}/charter/acknowledge", org.slug()).with(org.member().session()).with(csrf()).exchange();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/activity", org.slug()).with(org.admin().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(6);
				assertThat(json).extractingPath("$.entries[0].action").isEqualTo("charter.acknowledged");
				assertThat(json).extractingPath("$.entries[0].actor").isEqualTo(org.member().email());
				assertThat(json).extractingPath("$.entries[*].action")
					.asArray()
					.contains("organization.created", "membership.added", "charter.revised");
			});
		assertThat(this.mvc.get().uri("/o/{slug}/activity", org.slug()).with(org.admin().session())).hasStatusOk()
			.bodyText()
			.contains("charter.revised", "Charter written", org.leader().email(), "6 changes recorded");
	}

	@Test
	void pagesThroughALongTrail() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/activity?page=1&size=4", org.slug()).with(org.admin().session()))
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.entries.length()").isEqualTo(1);
				assertThat(json).extractingPath("$.entries[0].action").isEqualTo("organization.created");
			});
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "LEADER", "MEMBER", "STAKEHOLDER" })
	void onlyAdminsReadTheTrail(Role role) {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.get().uri("/o/{slug}/activity", org.slug()).with(org.in(role).session())).hasStatus(403);
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/activity", org.slug()).with(org.in(role).session()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/o/{slug}/charter", org.slug()).with(org.in(role).session())).bodyText()
			.doesNotContain("/o/" + org.slug() + "/activity");
	}

}
