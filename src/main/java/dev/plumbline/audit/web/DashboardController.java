package dev.plumbline.audit.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

/**
 * The alignment dashboard: the index and its trend, the index per pillar and team, why each is what it
 * is, the findings (grouped by severity, filtered, paged) and the alignment graph. Reads only stored
 * audit runs; the audit itself reruns in the background when the organization changes.
 */
@Controller
class DashboardController {

	private static final int PAGE_SIZE = 25;

	private final AuditQueries queries;

	private final AuditReruns reruns;

	private final RunAudit runAudit;

	private final AuditSettings settings;

	DashboardController(AuditQueries queries, AuditReruns reruns, RunAudit runAudit, AuditSettings settings) {
		this.queries = queries;
		this.reruns = reruns;
		this.runAudit = runAudit;
		this.settings = settings;
	}

	@GetMapping("/o/{slug}/dashboard")
	String dashboard(CurrentOrganization organization, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) FindingCode code, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String group, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Target", required = false) String target, Model model) {
		Optional<AuditQueries.Run> latest = this.queries.latest(organization.id());
		if (latest.isEmpty()) {
			this.reruns.request(organization.id(), "first view");
			return target != null ? "audit/dashboard :: pending" : "audit/dashboard";
		}
		AuditQueries.Run run = latest.get();
		boolean sensitive = FitReaders.mayRead(organization);
		Group chosen = Group.parse(group);
		FindingFilter filter = new FindingFilter(severity, code, blankToNull(kind), chosen.kind(), chosen.key(), sensitive);
		Paged<AuditQueries.FindingRow> findings = this.queries.findings(organization.id(), filter, Paged.page(page), PAGE_SIZE);
		model.addAttribute("run", run);
		model.addAttribute("filter", filter);
		model.addAttribute("group", chosen);
		model.addAttribute("findings", findings);
		model.addAttribute("links", new Links(organization.slug()));
		model.addAttribute("counts", this.queries.counts(organization.id(), filter));
		if ("findings".equals(target)) {
			return "audit/dashboard :: findings";
		}
		List<AuditQueries.Run> trend = this.queries.trend(organization.id(), this.settings.trendLength());
		List<AuditQueries.GroupScore> pillars = this.queries.groups(organization.id(), run.id(), "pillar");
		List<AuditQueries.GroupScore> teams = this.queries.groups(organization.id(), run.id(), "team");
		model.addAttribute("trend", trend);
		model.addAttribute("gaugeChart", DashboardCharts.gauge(run.index()));
		model.addAttribute("trendChart", DashboardCharts.trend(trend));
		model.addAttribute("pillars", pillars);
		model.addAttribute("teams", teams);
		model.addAttribute("pillarChart", DashboardCharts.groups(pillars, organization.slug()));
		model.addAttribute("teamChart", DashboardCharts.groups(teams, organization.slug()));
		model.addAttribute("pillarHeight", DashboardCharts.height(pillars.size()));
		model.addAttribute("teamHeight", DashboardCharts.height(teams.size()));
		model.addAttribute("groupScore", chosen.scoreIn(run, pillars, teams));
		model.addAttribute("why", this.queries.deductions(organization.id(), chosen.kindOrOrganization(),
				chosen.key(), sensitive, 12));
		model.addAttribute("codes", this.queries.codes(organization.id(), sensitive));
		model.addAttribute("kinds", List.of("objective", "keyResult", "initiative", "pillar", "kpi", "seat", "person",
				"painPoint", "decision", "team", "survey", "concern", "review"));
		// The drawing (up to 4,000 nodes, hundreds of KB) is fetched by the page from its own URL: escaping
		// it into every dashboard cost a quarter of the page's CPU, and the browser revalidates it by ETag.
		model.addAttribute("graphUrl", "/o/" + organization.slug() + "/dashboard/graph");
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

	/** Builds links to findings' subjects for the template. */
	public record Links(String slug) {

		public String to(dev.plumbline.audit.Subject subject) {
			return SubjectLinks.of(this.slug, subject);
		}

	}

}
