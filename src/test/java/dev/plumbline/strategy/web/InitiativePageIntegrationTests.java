package dev.plumbline.strategy.web;

import java.time.LocalDate;
import java.util.List;
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
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Role;
import dev.plumbline.objective.InitiativeLinks;
import dev.plumbline.strategy.CreateInitiative;
import dev.plumbline.strategy.InitiativeDraft;
import dev.plumbline.strategy.StrategyFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class InitiativePageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	CreateInitiative createInitiative;

	@Autowired
	InitiativeLinks initiativeLinks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsFiltersAndSwapsOnlyTheRowsForHtmx() {
		TestOrganization org = this.organizations.withCharter();
		create(org, "Evening clinic hours", "ACTIVE", List.of("access"), List.of());
		create(org, "Clinician mentoring", "PLANNED", List.of("quality"), List.of());
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives", org.slug()).with(org.stakeholder().session()))
			.hasStatusOk()
			.bodyText()
			.contains("<html", "Evening clinic hours", "Clinician mentoring", "2 initiatives")
			.doesNotContain("+ New initiative");
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives?pillar=quality", org.slug())
			.with(org.member().session()).header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("<html", "Evening clinic hours")
			.contains("Clinician mentoring", "1 initiative<");
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives?status=ACTIVE", org.slug()).with(org.leader().session()))
			.bodyText()
			.contains("Evening clinic hours", "+ New initiative")
			.doesNotContain("Clinician mentoring");
	}

	@Test
	void createsFromTheFormAndShowsTheInitiative() {
		TestOrganization org = this.organizations.withCharter();
		UUID objective = new StrategyFixtures(this.jdbc).objective(org.id(), "faster-booking", "Faster booking", null,
				null, "access");
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives/new", org.slug()).with(org.leader().session()))
			.hasStatusOk().bodyText().contains("Faster booking", "type=\"checkbox\"", "value=\"access\"");
		var result = this.mvc.post().uri("/o/{slug}/initiatives", org.slug()).with(org.leader().session()).with(csrf())
			.param("name", "Patient portal").param("status", "PLANNED").param("start", "2026-02-01")
			.param("end", "2026-09-30").param("budget", "80000").param("fte", "1.5").param("progress", "10")
			.param("pillars", "access", "quality").param("objectives", objective.toString())
			.param("painPoints", "new-patient.booking.phone-queue\nfollow-up.results.no-call").exchange();
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(this.mvc.get().uri(location).with(org.member().session())).hasStatusOk().bodyText()
			.contains("Patient portal", "Faster booking", "new-patient.booking.phone-queue", "follow-up.results.no-call",
					"Access", "Quality", "80,000.00")
			.doesNotContain(">Edit<");
	}

	@Test
	void refusedFormKeepsTheInputAndNamesTheFields() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post().uri("/o/{slug}/initiatives", org.slug()).with(org.leader().session()).with(csrf())
			.param("name", "Typed but wrong").param("start", "2026-05-01").param("end", "2026-04-01")
			.param("budget", "-3").param("progress", "150").param("painPoints", "not a reference"))
			.hasStatus(400)
			.bodyText()
			.contains("value=\"Typed but wrong\"", "must be on or after the start", "must be zero or more",
					"must be between 0 and 100", "must read journey.stage.painPoint", "not a reference");
	}

	@Test
	void aStaleEditSaysChangedMeanwhileAndKeepsTheInput() {
		TestOrganization org = this.organizations.withCharter();
		UUID id = create(org, "Interpreter on call", "ACTIVE", List.of("access"), List.of());
		save(org, id, 0, "Interpreter on call (v1)").hasStatus3xxRedirection();
		save(org, id, 0, "My late rename").hasStatus(409).bodyText()
			.contains("Changed meanwhile", "value=\"My late rename\"", "it is now at version 1");
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives/{id}/edit", org.slug(), id).with(org.admin().session()))
			.hasStatusOk().bodyText().contains("Interpreter on call (v1)");
	}

	@Test
	void deletesFromThePage() {
		TestOrganization org = this.organizations.withCharter();
		UUID id = create(org, "Waiting-room redesign", "PROPOSED", List.of(), List.of());
		assertThat(this.mvc.post().uri("/o/{slug}/initiatives/{id}/delete", org.slug(), id)
			.with(org.member().session()).with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri("/o/{slug}/initiatives/{id}/delete", org.slug(), id)
			.with(org.leader().session()).with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives/{id}", org.slug(), id).with(org.leader().session()))
			.hasStatus(404);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyoneReadsTheStrategyPagesOnlyLeadersAndAdminsOpenTheForms(Role role) {
		TestOrganization org = this.organizations.withCharter();
		UUID id = create(org, "Telehealth follow-ups", "ACTIVE", List.of("quality"), List.of());
		var user = org.in(role);
		for (String page : List.of("/initiatives", "/initiatives/" + id, "/portfolio", "/roadmap")) {
			assertThat(this.mvc.get().uri("/o/" + org.slug() + page).with(user.session())).as(page).hasStatusOk();
		}
		int forms = role == Role.LEADER || role == Role.ADMIN ? 200 : 403;
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives/new", org.slug()).with(user.session())).hasStatus(forms);
		assertThat(this.mvc.get().uri("/o/{slug}/initiatives/{id}/edit", org.slug(), id).with(user.session()))
			.hasStatus(forms);
		assertThat(this.mvc.post().uri("/o/{slug}/initiatives", org.slug()).with(user.session()).with(csrf())
			.param("name", "By " + role)).hasStatus(forms == 200 ? 302 : 403);
	}

	@Test
	void anotherOrganizationsInitiativeIsNotFoundOnPages() {
		TestOrganization mine = this.organizations.withCharter();
		TestOrganization theirs = this.organizations.withCharter();
		UUID id = create(theirs, "Their plan", "ACTIVE", List.of(), List.of());
		for (String page : List.of("/initiatives/" + id, "/initiatives/" + id + "/edit")) {
			assertThat(this.mvc.get().uri("/o/" + mine.slug() + page).with(mine.leader().session())).as(page)
				.hasStatus(404);
		}
		assertThat(this.mvc.post().uri("/o/{slug}/initiatives/{id}", mine.slug(), id).with(mine.leader().session())
			.with(csrf()).param("version", "0").param("name", "Mine")).hasStatus(404);
		assertThat(this.mvc.post().uri("/o/{slug}/initiatives/{id}/delete", mine.slug(), id)
			.with(mine.leader().session()).with(csrf())).hasStatus(404);
	}

	@Test
	void portfolioShowsSharesAndOrphansAndRoadmapTogglesItsGrouping() {
		TestOrganization org = this.organizations.withCharter();
		LocalDate today = LocalDate.now();
		UUID objective = new StrategyFixtures(this.jdbc).objective(org.id(), "quality-obj", "Fewer repeat visits",
				today.minusMonths(1), today.plusMonths(5), "quality");
		create(org, "Evening clinic hours", "ACTIVE", List.of("access"), List.of());
		create(org, "Clinician mentoring", "ACTIVE", List.of(), List.of(objective.toString()));
		create(org, "Grant diversification", "ACTIVE", List.of(), List.of());
		assertThat(this.mvc.get().uri("/o/{slug}/portfolio", org.slug()).with(org.member().session()))
			.hasStatusOk()
			.bodyText()
			.contains("data-chart", "Share of budget", "Share of FTE", "Share of pillar weight", "Orphans",
					"Grant diversification");
		assertThat(this.mvc.get().uri("/o/{slug}/roadmap", org.slug()).with(org.member().session()))
			.hasStatusOk().bodyText().contains("renderItem&quot;:&quot;gantt", "Fewer repeat visits", "Without dates",
					"Evening clinic hours");
		assertThat(this.mvc.get().uri("/o/{slug}/roadmap?by=team", org.slug()).with(org.member().session())
			.header("HX-Request", "true")).hasStatusOk().bodyText().doesNotContain("<html").contains("id=\"timeline\"",
					"No team");
		assertThat(this.initiativeLinks.forObjective(org.id(), objective)).singleElement()
			.satisfies(link -> assertThat(link.name()).isEqualTo("Clinician mentoring"));
		TestOrganization other = this.organizations.withCharter();
		assertThat(this.initiativeLinks.forObjective(other.id(), objective)).isEmpty();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResultAssert save(TestOrganization org, UUID id,
			long version, String name) {
		return assertThat(this.mvc.post().uri("/o/{slug}/initiatives/{id}", org.slug(), id)
			.with(org.leader().session()).with(csrf()).param("version", String.valueOf(version)).param("name", name)
			.param("status", "ACTIVE").exchange());
	}

	private UUID create(TestOrganization org, String name, String status, List<String> pillars, List<String> objectives) {
		CurrentOrganization asLeader = this.organizations.as(org.slug(), org.leader());
		return this.createInitiative.create(asLeader, new InitiativeDraft(null, name, "", null, status, null, null,
				null, null, 0, pillars, objectives, List.of()));
	}

}
