package dev.plumbline.audit.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.AuditSettingsStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class AuditThresholdsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	AuditSettingsStore store;

	@Test
	void leadersSetThresholdsOnThePageAndBlankMeansTheDefault() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.leader().session()))
			.hasStatusOk().bodyText().contains("zombieInactivityDays").contains("placeholder=\"60\"");

		assertThat(this.mvc.post().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.leader().session()).with(csrf())
			.param("version", "0").param("zombieInactivityDays", "90").param("offTrackConfidence", "0.3")
			.param("anonymityMinimum", "")).hasStatus3xxRedirection();

		AuditSettingsStore.Versioned stored = this.store.find(org.id());
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.settings().zombieInactivityDays()).isEqualTo(90);
		assertThat(stored.settings().offTrackConfidence()).isEqualByComparingTo(new BigDecimal("0.3"));
		assertThat(stored.settings().anonymityMinimum()).isNull();
	}

	@Test
	void namesEveryBadValueAndSavesNothing() {
		TestOrganization org = this.organizations.create();
		MvcTestResult page = this.mvc.post().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.admin().session())
			.with(csrf()).param("version", "0").param("zombieInactivityDays", "soon").param("offTrackConfidence", "1.5")
			.exchange();

		assertThat(page).hasStatusOk().bodyText()
			.contains("must be a whole number (was &#39;soon&#39;)")
			.contains("Fix 1 value(s) below");
		assertThat(this.store.find(org.id()).version()).isZero();

		MvcTestResult range = this.mvc.post().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.admin().session())
			.with(csrf()).param("version", "0").param("offTrackConfidence", "1.5").param("overloadedOwnerMax", "0")
			.exchange();
		assertThat(range).hasStatusOk().bodyText().contains("Fix 2 value(s) below").contains("(was 1.5)");
		assertThat(this.store.find(org.id()).version()).isZero();
	}

	@Test
	void aStaleEditIsRefusedNotSilentlyApplied() {
		TestOrganization org = this.organizations.create();
		this.mvc.post().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.admin().session()).with(csrf())
			.param("version", "0").param("zombieInactivityDays", "90").exchange();

		MvcTestResult stale = this.mvc.post().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.leader().session())
			.with(csrf()).param("version", "0").param("zombieInactivityDays", "30").exchange();

		assertThat(stale).hasStatusOk().bodyText().contains("changed meanwhile");
		assertThat(this.store.get(org.id()).zombieInactivityDays()).isEqualTo(90);
	}

	@Test
	void membersAndStakeholdersMayNotChangeThem() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.member().session())).hasStatus(403);
		assertThat(this.mvc.post().uri("/o/" + org.slug() + "/admin/audit-settings").with(org.stakeholder().session())
			.with(csrf()).param("version", "0")).hasStatus(403);
		assertThat(this.mvc.put().uri("/api/v1/orgs/" + org.slug() + "/audit/settings").with(org.member().session())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).hasStatus(403);
	}

	@Test
	void theApiReadsAndWritesThemWithVersionsAndFieldErrors() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + org.slug() + "/audit/settings").with(org.member().session()))
			.hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(0);

		assertThat(this.mvc.put().uri("/api/v1/orgs/" + org.slug() + "/audit/settings").with(org.leader().session())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"perceptionGapPoints\":30}"))
			.hasStatusOk().bodyJson().extractingPath("$.perceptionGapPoints").isEqualTo(30);

		MvcTestResult invalid = this.mvc.put().uri("/api/v1/orgs/" + org.slug() + "/audit/settings").with(org.leader().session())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"lowSentimentShare\":2}").exchange();
		assertThat(invalid).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("audit.lowSentimentShare");

		assertThat(this.mvc.put().uri("/api/v1/orgs/" + org.slug() + "/audit/settings").with(org.leader().session())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"perceptionGapPoints\":20}"))
			.hasStatus(409);
		assertThat(this.mvc.put().uri("/api/v1/orgs/" + org.slug() + "/audit/settings").with(org.leader().session())
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"perceptionGapPoints\":20}"))
			.hasStatus(400);
	}

}
