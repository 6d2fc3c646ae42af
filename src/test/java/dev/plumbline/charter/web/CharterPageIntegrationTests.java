package dev.plumbline.charter.web;

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

@PlumblineIntegrationTest
class CharterPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleSeesTheCharterOnlyEditorsGetTheEditButton(Role role) {
		TestOrganization org = this.organizations.withCharter();
		boolean edits = role == Role.ADMIN || role == Role.LEADER;
		var page = assertThat(this.mvc.get().uri("/o/{slug}/charter", org.slug()).with(org.in(role).session()))
			.hasStatusOk()
			.bodyText()
			.contains("We run clinics for everyone.", "Dignity", "Greet by name", "data-chart=");
		if (edits) {
			page.contains("/o/" + org.slug() + "/charter/edit");
		}
		else {
			page.doesNotContain("/o/" + org.slug() + "/charter/edit");
		}
		assertThat(this.mvc.get().uri("/o/{slug}/charter/edit", org.slug()).with(org.in(role).session()))
			.hasStatus(edits ? 200 : 403);
	}

	@Test
	void anEmptyCharterInvitesTheLeaderToWriteIt() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/{slug}/charter", org.slug()).with(org.leader().session())).hasStatusOk()
			.bodyText()
			.contains("No charter yet", "Write the charter");
	}

	@Test
	void savingMakesANewVersionAndRedirects() {
		TestOrganization org = this.organizations.withCharter();
		var saved = this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.leader().session())
			.with(csrf())
			.param("version", "1")
			.param("vision", "A valley where everyone is cared for.")
			.param("mission", "We run clinics for every family.")
			.param("values[0].key", "dignity")
			.param("values[0].name", "Dignity")
			.param("values[0].behaviors", "Greet by name\n\nOffer an interpreter\n")
			.param("pillars[0].key", "access")
			.param("pillars[0].name", "Access")
			.param("pillars[0].weight", "4")
			.param("pillars[1].name", "")
			.param("pillars[1].description", "")
			.exchange();
		assertThat(saved).hasStatus(302).redirectedUrl().isEqualTo("/o/" + org.slug() + "/charter");
		assertThat(saved).flash().containsEntry("flash", "Saved as version 2.");
		assertThat(this.mvc.get().uri("/o/{slug}/charter", org.slug()).with(org.member().session())).bodyText()
			.contains("We run clinics for every family.", "Offer an interpreter", "Version 2");
	}

	@Test
	void errorsAreShownOnTheirFieldsAndNothingIsSaved() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.leader().session())
			.with(csrf())
			.param("version", "1")
			.param("mission", "")
			.param("pillars[0].name", "Access")
			.param("pillars[0].weight", "9")
			.param("pillars[1].name", "")
			.param("pillars[2].name", "access")
			.param("pillars[2].weight", "heavy")).hasStatus(400)
			.bodyText()
			.contains("must not be empty: say why the organization exists", "must be from 1 to 5 (was 9)",
					"must be a whole number", "has-error");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).with(org.leader().session()))
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void duplicatePillarNamesAreReportedOnTheRowThePersonTyped() {
		TestOrganization org = this.organizations.withCharter();
		var result = this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.leader().session())
			.with(csrf())
			.param("version", "1")
			.param("mission", "Still a mission")
			.param("pillars[0].name", "Access")
			.param("pillars[0].weight", "3")
			.param("pillars[1].name", "")
			.param("pillars[2].name", "ACCESS")
			.param("pillars[2].weight", "2")
			.exchange();
		assertThat(result).hasStatus(400).model().extractingBindingResult("form").hasFieldErrors("pillars[2].name");
	}

	@Test
	void aStaleEditIsRefusedWithTheTextKept() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.leader().session())
			.with(csrf())
			.param("version", "1")
			.param("mission", "First")).hasStatus(302);
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.admin().session())
			.with(csrf())
			.param("version", "1")
			.param("mission", "Second, from an old page")).hasStatus(409)
			.bodyText()
			.contains("changed by someone else", "it is now at version 2", "Second, from an old page",
					"charter/history/diff?from=1&amp;to=2", "Save my text as version 3 anyway");
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.admin().session())
			.with(csrf())
			.param("version", "1")
			.param("overwrite", "2")
			.param("mission", "Second, saved knowingly over version 2")).hasStatus(302);
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/charter", org.slug()).with(org.admin().session()))
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.version").isEqualTo(3);
				assertThat(json).extractingPath("$.mission").isEqualTo("Second, saved knowingly over version 2");
			});
	}

	@Test
	void acknowledgingWithHtmxSwapsOnlyThePanel() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter/acknowledge", org.slug())
			.header("HX-Request", "true")
			.with(org.member().session())
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("id=\"acknowledgement\"", "1 of 3 members", "33%", "You acknowledged version 1.")
			.doesNotContain("<html");
	}

	@Test
	void acknowledgingWithoutHtmxRedirectsBack() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter/acknowledge", org.slug())
			.with(org.leader().session())
			.with(csrf())).hasStatus(302).redirectedUrl().isEqualTo("/o/" + org.slug() + "/charter");
		assertThat(this.mvc.post()
			.uri("/o/{slug}/charter/acknowledge", org.slug())
			.with(org.leader().session())
			.with(csrf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/o/{slug}/charter", org.slug()).with(org.admin().session())).bodyText()
			.contains("1 of 3 members acknowledged version 1");
	}

	@Test
	void aRefusedHtmxActionBecomesAToast() {
		TestOrganization org = this.organizations.withCharter();
		var result = this.mvc.post()
			.uri("/o/{slug}/charter/acknowledge", org.slug())
			.header("HX-Request", "true")
			.with(org.stakeholder().session())
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(403).hasHeader("HX-Retarget", "#toasts").bodyText().contains("class=\"toast error\"")
			.contains("STAKEHOLDER");
	}

	@Test
	void historyListsVersionsAndShowsTheDiffAsPageOrFragment() {
		TestOrganization org = this.organizations.withCharter();
		this.mvc.post()
			.uri("/o/{slug}/charter", org.slug())
			.with(org.leader().session())
			.with(csrf())
			.param("version", "1")
			.param("mission", "We run clinics for every family.")
			.exchange();
		assertThat(this.mvc.get().uri("/o/{slug}/charter/history", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyText()
			.contains("Version 2", "Version 1", org.leader().displayName(), "Mission edited", "<del>everyone.</del>",
					"<ins>every family.</ins>");
		assertThat(this.mvc.get()
			.uri("/o/{slug}/charter/history/diff?from=0&to=1", org.slug())
			.header("HX-Request", "true")
			.with(org.member().session())).hasStatusOk()
			.bodyText()
			.contains("id=\"diff\"", "compared with an empty charter", "ADDED")
			.doesNotContain("<html");
		assertThat(this.mvc.get()
			.uri("/o/{slug}/charter/history/diff?from=1&to=2", org.slug())
			.with(org.member().session())).hasStatusOk().bodyText().contains("<html", "Version 2");
	}

}
