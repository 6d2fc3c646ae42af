package dev.plumbline.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.AuditQueries.FindingFilter;
import dev.plumbline.audit.AuditReruns;
import dev.plumbline.audit.AuditSettings;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.RunAudit;
import dev.plumbline.audit.Severity;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.RenderedFragments;

/**
 * The alignment dashboard: the index and its trend, the index per pillar and team, why each is what it
 * is, the findings (grouped by severity, filtered, paged) and the alignment graph. Reads only stored
 * audit runs; the audit itself reruns in the background when the organization changes.
 */
@Controller
class DashboardController {

	private static final int PAGE_SIZE = 25;

	private static final List<String> KINDS = List.of("objective", "keyResult", "initiative", "pillar", "kpi", "seat",
			"person", "painPoint", "decision", "team", "survey", "concern", "review");

	private final AuditQueries queries;

	private final AuditReruns reruns;

	private final RunAudit runAudit;

	private final AuditSettings settings;

	/**
	 * The latest team chart built per organization, with the run and the slug its links name (a run's scores
	 * never change).
	 */
	private final Map<UUID, Map.Entry<List<Object>, String>> teamCharts = new ConcurrentHashMap<>();

	private final RenderedFragments fragments;

	DashboardController(AuditQueries queries, AuditReruns reruns, RunAudit runAudit, AuditSettings settings,
			RenderedFragments fragments) {
		this.queries = queries;
		this.fragments = fragments;
		this.reruns = reruns;
		this.runAudit = runAudit;
		this.settings = settings;
	}

	@GetMapping("/o/{slug}/dashboard")
	String dashboard(CurrentOrganization organization, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) FindingCode code, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String group, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Target", required = false) String target, HttpServletRequest request, Locale locale,
			Model model) {
		Optional<AuditQueries.Run> latest = this.queries.latest(organization.id());
		if (latest.isEmpty()) {
			this.reruns.request(organization.id(), "first view");
			return target != null ? "audit/dashboard :: pending" : "audit/dashboard";
		}
		AuditQueries.Run run = latest.get();
		boolean sensitive = FitReaders.mayRead(organization);
		Group chosen = Group.parse(group);
		FindingFilter filter = new FindingFilter(severity, code, blankToNull(kind), chosen.kind(), chosen.key(), sensitive);
		String base = request.getContextPath() + "/o/" + organization.slug();
		// Everything below the heading is rendered from these variables alone and reused while they are equal
		// (RenderedFragments): under a stream of check-ins a run stays the latest for about fifty views.
		Map<String, Object> body = new HashMap<>();
		body.put("base", base);
		body.put("run", run);
		body.put("filter", filter);
		body.put("group", chosen);
		body.put("findings", this.queries.findings(organization.id(), filter, Paged.page(page), PAGE_SIZE));
		body.put("links", new Links(organization.slug()));
		body.put("counts", this.queries.counts(organization.id(), filter));
		body.put("codes", this.queries.codes(organization.id(), sensitive));
		body.put("kinds", KINDS);
		if ("findings".equals(target)) {
			model.addAttribute("html", this.fragments.html("audit/dashboard-body", "findings", body, locale));
			return "fragments/html :: prerendered";
		}
		List<AuditQueries.Run> trend = this.queries.trend(organization.id(), this.settings.trendLength());
		List<AuditQueries.GroupScore> pillars = this.queries.groups(organization.id(), run.id(), "pillar");
		List<AuditQueries.GroupScore> teams = this.queries.groups(organization.id(), run.id(), "team");
		body.put("charts", new Charts(run.index(), trend, pillars, organization.slug()));
		body.put("teamCount", teams.size());
		body.put("teamHeight", DashboardCharts.height(Math.min(teams.size(), DashboardCharts.TEAMS_IN_VIEW)));
		body.put("teamsScroll", teams.size() > DashboardCharts.TEAMS_IN_VIEW);
		body.put("teamsUrl", base + "/dashboard/teams");
		body.put("groupScore", chosen.scoreIn(run, pillars, teams));
		body.put("why", this.queries.deductions(organization.id(), chosen.kindOrOrganization(), chosen.key(), sensitive, 12));
		// The drawing (up to 4,000 nodes, hundreds of KB) is fetched by the page from its own URL: escaping
		// it into every dashboard cost a quarter of the page's CPU, and the browser revalidates it by ETag.
		body.put("graphUrl", base + "/dashboard/graph");
		model.addAttribute("run", run);
		model.addAttribute("bodyHtml", this.fragments.html("audit/dashboard-body", "body", body, locale));
		model.addAttribute("canRun", organization.may(Permission.MANAGE_STRATEGY));
		model.addAttribute("rerunPending", this.reruns.isPending(organization.id()));
		return "audit/dashboard";
	}

	/**
	 * The alignment graph of the latest run as an ECharts option; its ETag is the run, so a browser that
	 * has it gets 304 without the drawing being read from the database.
	 */
	@GetMapping(path = "/o/{slug}/dashboard/graph", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> graph(CurrentOrganization organization, WebRequest request) {
		Optional<UUID> run = this.queries.latestDrawnRun(organization.id());
		if (run.isEmpty()) {
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("{}");
		}
		String etag = "\"" + run.get() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		String graph = this.queries.graphJson(organization.id()).orElse("{}");
		return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache().cachePrivate()).body(graph);
	}

	/**
	 * The teams' scores of the latest run as an ECharts option, from its own URL like the graph (at scale L
	 * it is 800 bars); its ETag is the run, and it is built once per run.
	 */
	@GetMapping(path = "/o/{slug}/dashboard/teams", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> teams(CurrentOrganization organization, WebRequest request) {
		Optional<AuditQueries.Run> latest = this.queries.latest(organization.id());
		if (latest.isEmpty()) {
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("{}");
		}
		UUID run = latest.get().id();
		String etag = "\"" + run + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		List<Object> version = List.of(run, organization.slug());
		Map.Entry<List<Object>, String> known = this.teamCharts.get(organization.id());
		String chart;
		if (known != null && known.getKey().equals(version)) {
			chart = known.getValue();
		}
		else {
			chart = DashboardCharts.teams(this.queries.groups(organization.id(), run, "team"), organization.slug());
			this.teamCharts.put(organization.id(), Map.entry(version, chart));
		}
		return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache().cachePrivate()).body(chart);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/o/{slug}/audit/runs")
	String runNow(CurrentOrganization organization, RedirectAttributes redirect) {
		organization.require(Permission.MANAGE_STRATEGY);
		AuditQueries.Run run = this.runAudit.run(organization.id(), "run by " + organization.user().displayName());
		redirect.addFlashAttribute("flash", "Audit run: index " + run.index() + ", " + run.findings() + " findings.");
		return "redirect:/o/" + organization.slug() + "/dashboard";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * The data of the dashboard's inline charts; their options are built when the page body is rendered, not
	 * on every view (the body is kept while this data is equal).
	 */
	public record Charts(int index, List<AuditQueries.Run> trend, List<AuditQueries.GroupScore> pillars, String slug) {

		public String gauge() {
			return DashboardCharts.gauge(this.index);
		}

		public String trendOption() {
			return DashboardCharts.trend(this.trend);
		}

		public String pillarOption() {
			return DashboardCharts.groups(this.pillars, this.slug);
		}

		public int pillarHeight() {
			return DashboardCharts.height(this.pillars.size());
		}

	}

	/** Builds links to findings' subjects for the template. */
	public record Links(String slug) {

		public String to(dev.plumbline.audit.Subject subject) {
			return SubjectLinks.of(this.slug, subject);
		}

	}

}
