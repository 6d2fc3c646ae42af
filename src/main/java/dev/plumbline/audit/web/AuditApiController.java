package dev.plumbline.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.ChangeAuditThresholds;
import dev.plumbline.audit.GzipText;
import dev.plumbline.interchange.AuditSettingsStore;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.audit.RunAudit;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;

/**
 * The audit as JSON: the latest run a filtered page of findings at a time, with its totals; the whole
 * report, byte for byte what {@code plumbline audit --format json} prints for the same organization and
 * date (both without fit-based findings for those who may not read fits); and the runs behind the trend.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/audit")
@Tag(name = "Audit")
class AuditApiController {

	private final AuditQueries queries;

	private final RunAudit runAudit;

	private final AuditSettingsStore settings;

	private final ChangeAuditThresholds change;

	AuditApiController(AuditQueries queries, RunAudit runAudit, AuditSettingsStore settings,
			ChangeAuditThresholds change) {
		this.queries = queries;
		this.runAudit = runAudit;
		this.settings = settings;
		this.change = change;
	}

	@GetMapping("/settings")
	@Operation(summary = "The audit thresholds (null: the default) and their version")
	ThresholdsRequest thresholds(CurrentOrganization organization) {
		AuditSettingsStore.Versioned stored = this.settings.find(organization.id());
		return ThresholdsRequest.of(stored.settings(), stored.version());
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PutMapping("/settings")
	@Operation(summary = "Set the audit thresholds (leaders and admins); version: the one the change was made from")
	ThresholdsRequest changeThresholds(CurrentOrganization organization, @RequestBody ThresholdsRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required: the version the change was made from (0 when never saved)");
		}
		this.change.change(organization, request.toSettings(), request.version());
		return thresholds(organization);
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The latest audit: the index's scores and one filtered page of findings, with the run's totals",
			description = "Findings in report order (severity, code, subject), 100 a page by default; totals count the"
					+ " whole run by severity and code, so a client sees the whole picture without every finding. The"
					+ " next and previous pages are in the Link header and in links. The whole report (every finding,"
					+ " every deduction; tens of megabytes for a large organization) is at /audit/report.")
	@ApiResponse(responseCode = "200", description = "One page of findings")
	@ApiResponse(responseCode = "400", description = "A parameter is invalid: problem+json naming it and why",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<FindingsPage> latest(CurrentOrganization organization,
			@Parameter(description = "Only this finding code, e.g. ORPHAN_INITIATIVE") @RequestParam(required = false) String code,
			@Parameter(description = "Only this severity: CRITICAL, WARNING or INFO") @RequestParam(required = false) String severity,
			@Parameter(description = "Only findings about this kind of subject: objective, keyResult, initiative, kpi, ...") @RequestParam(required = false) String entity,
			@Parameter(description = "Only findings that lowered this pillar's score (its key)") @RequestParam(required = false) String pillar,
			@Parameter(description = "Only findings that lowered this team's score (its key)") @RequestParam(required = false) String team,
			@Parameter(description = "The page, from 0") @RequestParam(required = false) String page,
			@Parameter(description = "Findings a page: 1 to 500, 100 when absent") @RequestParam(required = false) String size) {
		FindingsRequest request = FindingsRequest.parse(code, severity, entity, pillar, team, page, size);
		UUID org = organization.id();
		AuditQueries.Run run = this.queries.latest(org).orElseGet(() -> {
			this.runAudit.run(org, "first API call");
			return this.queries.latest(org).orElseThrow();
		});
		boolean sensitive = FitReaders.mayRead(organization);
		AuditQueries.FindingFilter filter = request.filter(sensitive);
		// one grouped count gives the run's totals and, for a code or severity filter, the page count too: the
		// statements per request stay the same however many findings the run has
		List<AuditQueries.Tally> tallies = this.queries.tallies(org, sensitive);
		long matching = request.onlyCodeAndSeverity() ? FindingsPage.Totals.matching(tallies, request)
				: this.queries.count(org, filter);
		List<AuditQueries.FindingRow> findings = this.queries.findingRows(org, filter, request.page(), request.size());
		PageLinks links = PageLinks.of(request.page(), request.size(), matching);
		FindingsPage body = FindingsPage.of(organization.name(), run, this.queries.groups(org, run.id(), "pillar"),
				this.queries.groups(org, run.id(), "team"), findings, request, matching, tallies, links.body());
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
		if (!links.header().isEmpty()) {
			response.header(HttpHeaders.LINK, links.header());
		}
		return response.body(body);
	}

	@GetMapping(path = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The whole latest report: byte for byte what plumbline audit --format json prints",
			description = "Every finding and every deduction, unpaged: tens of megabytes for a large organization."
					+ " Prefer GET /audit, which pages and filters.")
	ResponseEntity<byte[]> report(CurrentOrganization organization,
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
		byte[] gzip = this.queries.reportGzip(organization.id()).orElseGet(() -> {
			this.runAudit.run(organization.id(), "first API call");
			return this.queries.reportGzip(organization.id()).orElseThrow();
		});
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (!FitReaders.mayRead(organization)) {
			String redacted = ReportRedaction.withoutSensitive(GzipText.gunzip(gzip));
			return response.body(redacted.getBytes(StandardCharsets.UTF_8));
		}
		// stored compressed: sent as it is to a client that takes gzip (52 MB of JSON at scale L is 4 MB)
		if (acceptsGzip(acceptEncoding)) {
			return response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzip);
		}
		return response.body(GzipText.gunzip(gzip).getBytes(StandardCharsets.UTF_8));
	}

	private static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase("gzip")) {
				return parts.length < 2 || !parts[1].replace(" ", "").equalsIgnoreCase("q=0");
			}
		}
		return false;
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping(path = "/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Run the audit now (leaders and admins) and return its first page of findings, as GET /audit does")
	ResponseEntity<FindingsPage> run(CurrentOrganization organization) {
		organization.require(Permission.MANAGE_STRATEGY);
		this.runAudit.run(organization.id(), "run through the API by " + organization.user().displayName());
		return latest(organization, null, null, null, null, null, null, null);
	}

	@GetMapping("/runs")
	@Operation(summary = "Past audit runs, oldest first: the index's trend")
	List<AuditQueries.Run> runs(CurrentOrganization organization,
			@RequestParam(defaultValue = "60") int max) {
		return this.queries.trend(organization.id(), Math.max(1, Math.min(max, 1000)));
	}

}
