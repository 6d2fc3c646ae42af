package dev.plumbline.audit.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.AuditReruns;
import dev.plumbline.audit.RunAudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class DashboardIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	RunAudit runAudit;

	@Autowired
	AuditQueries queries;

	TestOrganization withOrphan() {
		TestOrganization org = this.organizations.withCharter();
		String body = """
				{"name": "Glossy brochure", "status": "active", "start": "2026-01-01", "end": "2030-12-31",
				 "budget": 5000, "fte": 0.5, "progress": 10, "pillars": [], "objectives": []}""";
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/initiatives", org.slug())
			.with(org.leader().session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(201);
		return org;
	}

	MvcTestResult dashboard(TestOrganization org, TestUser user, String query) {
		return this.mvc.get().uri("/o/" + org.slug() + "/dashboard" + query).with(user.session()).exchange();
	}

	@Test
	void showsTheIndexItsTrendAndEachFindingWithEvidenceAndAction() {
		TestOrganization org = withOrphan();
		AuditQueries.Run run = this.runAudit.run(org.id(), "test");

		MvcTestResult page = dashboard(org, org.member(), "");

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Alignment index")
			.contains("data-chart")
			.contains("ORPHAN_INITIATIVE")
			.contains("Glossy brochure")
			.contains("/o/" + org.slug() + "/initiatives/key/glossy-brochure")
			.contains("Why is the organization at " + run.index() + "?")
			.contains("The alignment graph");
	}

	@Test
	void theGraphComesFromItsOwnUrlAndIsRevalidatedByTheRun(@Autowired AuditReruns reruns) throws Exception {
		TestOrganization org = withOrphan();
		// the writes of the set-up asked for background runs: once they have run (not merely started: a rerun
		// stops being pending when its task starts, before it takes the organization's lock), this run stays
		// the latest
		reruns.awaitRequested();
		AuditQueries.Run run = this.runAudit.run(org.id(), "test");

		MvcTestResult page = dashboard(org, org.member(), "");
		assertThat(page).bodyText().contains("data-chart-src=\"/o/" + org.slug() + "/dashboard/graph\"")
			.doesNotContain("Glossy brochure&quot;");
		MvcTestResult graph = this.mvc.get().uri("/o/" + org.slug() + "/dashboard/graph").with(org.member().session())
			.exchange();
		assertThat(graph).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.hasHeader("ETag", "\"" + run.id() + "\"");
		assertThat(graph).bodyText().contains("\"series\"").contains("Glossy brochure").contains("plumblineHeight");
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/dashboard/graph").header("If-None-Match", "\"" + run.id() + "\"")
			.with(org.member().session())).hasStatus(304);

		AuditQueries.Run next = this.runAudit.run(org.id(), "again");
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/dashboard/graph").header("If-None-Match", "\"" + run.id() + "\"")
			.with(org.member().session())).hasStatusOk().hasHeader("ETag", "\"" + next.id() + "\"");
	}

	@Test
	void theTeamsComeFromTheirOwnUrlLowestFirstScrollingPastTwentyAndRevalidatedByTheRun(
			@Autowired dev.plumbline.interchange.ImportOrganization importOrganization, @Autowired AuditReruns reruns)
			throws Exception {
		TestOrganization org = this.organizations.create();
		dev.plumbline.interchange.OrganizationFile file = dev.plumbline.interchange.ScaleOrganizations
			.generate(org.slug(), new dev.plumbline.interchange.ScaleOrganizations.Scale(60, 30, 120, 2, 10, 0, 0, 0), 5)
			.withOrganization(new dev.plumbline.interchange.OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		importOrganization.replace(this.organizations.as(org.slug(), org.admin()), file,
				dev.plumbline.interchange.ImportProgress.none());
		// the import asked for a background run: once it has run, the run below stays the latest
		reruns.awaitRequested();
		AuditQueries.Run run = this.runAudit.run(org.id(), "test");
		java.util.List<AuditQueries.GroupScore> teams = this.queries.groups(org.id(), run.id(), "team");
		assertThat(teams).hasSize(30);

		MvcTestResult page = dashboard(org, org.member(), "");
		assertThat(page).bodyText().contains("data-chart-src=\"/o/" + org.slug() + "/dashboard/teams\"")
			.contains("All 30 teams, the lowest score on top")
			.doesNotContain("dashboard?group=team:");
		MvcTestResult chart = this.mvc.get().uri("/o/" + org.slug() + "/dashboard/teams").with(org.member().session())
			.exchange();
		assertThat(chart).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.hasHeader("ETag", "\"" + run.id() + "\"");
		tools.jackson.databind.JsonNode option = tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(chart.getResponse().getContentAsString());
		// bars run bottom to top: the last one is drawn on top and is the lowest score
		java.util.List<Integer> scores = new java.util.ArrayList<>();
		option.at("/series/0/data").forEach(bar -> scores.add(bar.get("value").asInt()));
		assertThat(scores).hasSize(30).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(scores.get(29)).isEqualTo(teams.stream().mapToInt(AuditQueries.GroupScore::score).min().orElseThrow());
		assertThat(option.at("/series/0/data/0/url").asString()).startsWith("/o/" + org.slug() + "/dashboard?group=team:");
		assertThat(option.at("/dataZoom/0/startValue").asInt()).isEqualTo(10);
		assertThat(option.at("/dataZoom/0/endValue").asInt()).isEqualTo(29);
		assertThat(option.at("/plumblineHeight").asInt()).isEqualTo(DashboardCharts.height(20));
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/dashboard/teams").header("If-None-Match", "\"" + run.id() + "\"")
			.with(org.member().session())).hasStatus(304);

		AuditQueries.Run next = this.runAudit.run(org.id(), "again");
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/dashboard/teams").header("If-None-Match", "\"" + run.id() + "\"")
			.with(org.member().session())).hasStatusOk().hasHeader("ETag", "\"" + next.id() + "\"");
		TestOrganization theirs = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/dashboard/teams").with(theirs.admin().session()))
			.hasStatus(404);
	}

	@Test
	void aFewTeamsNeedNoScrolling() {
		TestOrganization org = withOrphan();
		this.runAudit.run(org.id(), "test");
		String option = DashboardCharts.teams(java.util.List.of(new AuditQueries.GroupScore("team", "a", "A", 80),
				new AuditQueries.GroupScore("team", "b", "B", 40)), org.slug());
		assertThat(option).doesNotContain("dataZoom").contains("\"plumblineHeight\":" + DashboardCharts.height(2))
			.containsSubsequence("\"A\"", "\"B\"");
		assertThat(dashboard(org, org.member(), "")).bodyText().doesNotContain("the lowest score on top");
	}

	@Test
	void everyViewerGetsTheSameBodyWhileTheRunIsTheLatestAndTheNextRunShowsAtOnce(@Autowired AuditReruns reruns)
			throws Exception {
		TestOrganization org = withOrphan();
		TestUser other = org.stakeholder();
		// the writes of the set-up asked for background runs: once they have run (not merely started: a rerun
		// stops being pending when its task starts, before it takes the organization's lock), this run stays
		// the latest
		reruns.awaitRequested();
		this.runAudit.run(org.id(), "test");

		// should a background run still land between the two views, the claim holds while one run stays the
		// latest: the two views are taken again until it did
		String first;
		String second;
		int attempts = 0;
		do {
			UUID before = this.queries.latest(org.id()).orElseThrow().id();
			first = body(dashboard(org, org.member(), ""));
			second = body(dashboard(org, other, ""));
			if (before.equals(this.queries.latest(org.id()).orElseThrow().id())) {
				break;
			}
		}
		while (++attempts < 10);
		assertThat(first).contains("Glossy brochure").doesNotContain("Lonely project").doesNotContain("_csrf");
		assertThat(second).isEqualTo(first);

		withOrphanIn(org);
		AuditQueries.Run next = this.runAudit.run(org.id(), "again");
		String after = body(dashboard(org, other, "?code=ORPHAN_INITIATIVE"));
		assertThat(after).contains("Lonely project").contains("Why is the organization at " + next.index() + "?");
		assertThat(body(dashboard(org, org.member(), ""))).isNotEqualTo(first).contains("Lonely project");
		// the heading's form still posts with the viewer's own token
		assertThat(dashboard(org, org.leader(), "")).bodyText().contains("name=\"_csrf\"").contains("Run audit now");
	}

	private static String body(MvcTestResult page) throws java.io.UnsupportedEncodingException {
		String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return html.substring(html.indexOf("<div class=\"grid dashboard-top\">"), html.indexOf("</main>"));
	}

	@Test
	void findingsCountsAndReasonsRememberedForARunGiveWayToTheNextRun() {
		TestOrganization org = withOrphan();
		this.runAudit.run(org.id(), "test");
		AuditQueries.FindingFilter all = AuditQueries.FindingFilter.all(true);
		long before = this.queries.findings(org.id(), all, 0, 25).total();
		java.util.Map<dev.plumbline.audit.Severity, Long> countsBefore = this.queries.counts(org.id(), all);
		assertThat(dashboard(org, org.member(), "")).bodyText().doesNotContain("Lonely project");

		withOrphanIn(org);
		this.runAudit.run(org.id(), "again");

		assertThat(this.queries.findings(org.id(), all, 0, 25).total()).isGreaterThan(before);
		assertThat(this.queries.counts(org.id(), all).get(dev.plumbline.audit.Severity.CRITICAL))
			.isGreaterThan(countsBefore.get(dev.plumbline.audit.Severity.CRITICAL));
		assertThat(dashboard(org, org.member(), "?code=ORPHAN_INITIATIVE")).bodyText().contains("Lonely project");
	}

	@Test
	void filtersFindingsInPlaceForHtmxAndLinksTheSubjectByKey() throws Exception {
		TestOrganization org = withOrphan();
		this.runAudit.run(org.id(), "test");

		MvcTestResult fragment = this.mvc.get()
			.uri("/o/" + org.slug() + "/dashboard?severity=CRITICAL")
			.header("HX-Request", "true").header("HX-Target", "findings")
			.with(org.leader().session()).exchange();
		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText().contains("id=\"findings\"").contains("ORPHAN_INITIATIVE").doesNotContain("<html");

		MvcTestResult infoOnly = dashboard(org, org.leader(), "?severity=INFO&code=ORPHAN_INITIATIVE");
		assertThat(infoOnly).bodyText().contains("No findings match.");

		MvcTestResult link = this.mvc.get().uri("/o/" + org.slug() + "/initiatives/key/glossy-brochure")
			.with(org.member().session()).exchange();
		assertThat(link).hasStatus3xxRedirection();
		assertThat(link.getResponse().getRedirectedUrl()).startsWith("/o/" + org.slug() + "/initiatives/");
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/initiatives/key/no-such-thing")
			.with(org.member().session())).hasStatus(404);
	}

	@Test
	void aWriteRerunsTheAuditInTheBackgroundAndTheFirstViewWaitsForIt() throws Exception {
		TestOrganization org = this.organizations.withCharter();
		Optional<AuditQueries.Run> before = this.queries.latest(org.id());
		MvcTestResult first = dashboard(org, org.member(), "");
		String page = first.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		if (before.isEmpty() && page.contains("id=\"pending\"")) {
			assertThat(page).contains("hx-trigger=\"every 1s\"");
		}
		else if (before.isEmpty()) {
			// the background run the set-up asked for landed between the two reads: the page shows it
			assertThat(this.queries.latest(org.id())).isPresent();
			assertThat(page).contains("id=\"dashboard-body\"");
		}
		AuditQueries.Run initial = awaitRun(org, null, 0);
		withOrphanIn(org);

		// Runs already asked for by the set-up may land first; the one that sees the orphan follows.
		AuditQueries.Run after = awaitRun(org, initial.ranAt(), initial.critical() + 1);

		assertThat(after.critical()).isGreaterThan(initial.critical());
		assertThat(this.queries.trend(org.id(), 100)).hasSizeGreaterThanOrEqualTo(2);
	}

	private void withOrphanIn(TestOrganization org) {
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/initiatives", org.slug())
			.with(org.leader().session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Lonely project\", \"status\": \"active\", \"pillars\": [], \"objectives\": []}"))
			.hasStatus(201);
	}

	private AuditQueries.Run awaitRun(TestOrganization org, Instant after, long critical) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			Optional<AuditQueries.Run> latest = this.queries.latest(org.id());
			if (latest.isPresent() && (after == null || latest.get().ranAt().isAfter(after))
					&& latest.get().critical() >= critical) {
				return latest.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No audit run of " + org.slug() + " within 20 s");
	}

	@Test
	void explainsAPillarsScoreAndKeepsFitFindingsFromThoseWhoMayNotReadFits(
			@Autowired org.springframework.beans.factory.config.AutowireCapableBeanFactory beans) {
		TestOrganization org = beans.createBean(dev.plumbline.DemoData.class).seed();
		this.runAudit.run(org.id(), "test");
		AuditQueries.GroupScore quality = this.queries
			.groups(org.id(), this.queries.latest(org.id()).orElseThrow().id(), "pillar")
			.stream().filter(score -> score.key().equals("quality")).findFirst().orElseThrow();

		assertThat(dashboard(org, org.leader(), "?group=pillar:quality")).hasStatusOk().bodyText()
			.contains("Why is Clinical quality at " + quality.score() + "?")
			.contains("only what lowers quality");
		assertThat(dashboard(org, org.leader(), "")).bodyText().contains("VALUES_MISFIT");
		assertThat(dashboard(org, org.member(), "")).bodyText().doesNotContain("VALUES_MISFIT").doesNotContain("WRONG_SEAT");
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + org.slug() + "/audit").with(org.leader().session()))
			.bodyText().contains("VALUES_MISFIT").contains("WRONG_SEAT");
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + org.slug() + "/audit").with(org.stakeholder().session()))
			.hasStatusOk().bodyText().doesNotContain("VALUES_MISFIT").doesNotContain("WRONG_SEAT").contains("KPI_RED");
	}

	@Test
	void malformedFiltersAreNamedAndOddOnesFallBackSafely() {
		TestOrganization org = withOrphan();
		this.runAudit.run(org.id(), "test");

		assertThat(dashboard(org, org.leader(), "?severity=SEVERE")).hasStatus(400).bodyText()
			.contains("severity: must be one of CRITICAL, WARNING, INFO (was &#39;SEVERE&#39;)");
		assertThat(dashboard(org, org.leader(), "?page=two")).hasStatus(400).bodyText()
			.contains("page: must be a number (was &#39;two&#39;)");
		assertThat(this.mvc.get().uri("/o/" + org.slug() + "/dashboard?code=NOPE").header("HX-Request", "true")
			.header("HX-Target", "findings").with(org.leader().session())).hasStatus(400)
			.hasHeader("HX-Retarget", "#toasts");
		assertThat(dashboard(org, org.leader(), "?page=-3&group=nonsense&kind=" + "x".repeat(5000))).hasStatusOk()
			.bodyText().contains("No findings match.");
	}

	@Test
	void onlyLeadersAndAdminsRunTheAuditOnDemand() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.post().uri("/o/" + org.slug() + "/audit/runs").with(org.member().session()).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/o/" + org.slug() + "/audit/runs").with(org.leader().session()).with(csrf()))
			.hasStatus3xxRedirection().hasRedirectedUrl("/o/" + org.slug() + "/dashboard");
		assertThat(this.mvc.post().uri("/api/v1/orgs/" + org.slug() + "/audit/runs").with(org.stakeholder().session())
			.with(csrf())).hasStatus(403);
	}

	@Test
	void anotherOrganizationsMembersGetNotFound() {
		TestOrganization mine = withOrphan();
		TestOrganization theirs = this.organizations.create();
		this.runAudit.run(mine.id(), "test");

		assertThat(dashboard(mine, theirs.admin(), "")).hasStatus(404);
		assertThat(this.mvc.get().uri("/o/" + mine.slug() + "/dashboard/graph").with(theirs.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + mine.slug() + "/audit").with(theirs.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + mine.slug() + "/audit/runs").with(theirs.admin().session()))
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/o/" + mine.slug() + "/audit/runs").with(theirs.admin().session()).with(csrf()))
			.hasStatus(404);
	}

	@Test
	void theApiServesTheStoredReportAndTheRuns() {
		TestOrganization org = withOrphan();
		this.runAudit.run(org.id(), "test");

		MvcTestResult report = this.mvc.get().uri("/api/v1/orgs/" + org.slug() + "/audit").with(org.member().session()).exchange();
		assertThat(report).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(report).bodyJson().extractingPath("$.organization").isEqualTo("Org " + org.slug());
		assertThat(report).bodyJson().extractingPath("$.findings[0].code").isEqualTo("ORPHAN_INITIATIVE");
		assertThat(this.mvc.get().uri("/api/v1/orgs/" + org.slug() + "/audit/runs").with(org.member().session()))
			.hasStatusOk().bodyJson().extractingPath("$[0].index").isNotNull();
	}

}
