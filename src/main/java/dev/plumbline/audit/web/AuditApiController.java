package dev.plumbline.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.ChangeAuditThresholds;
import dev.plumbline.interchange.AuditSettingsStore;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.audit.RunAudit;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;

/**
 * The audit as JSON: the latest report, byte for byte what {@code plumbline audit --format json} prints
 * for the same organization and date (without fit-based findings for those who may not read fits), and
 * the runs behind the trend.
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
	@Operation(summary = "The latest audit: index (organization, pillars, teams, with deductions) and findings")
	ResponseEntity<String> latest(CurrentOrganization organization) {
		String json = this.queries.reportJson(organization.id()).orElseGet(() -> {
			this.runAudit.run(organization.id(), "first API call");
			return this.queries.reportJson(organization.id()).orElseThrow();
		});
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(FitReaders.mayRead(organization) ? json : ReportRedaction.withoutSensitive(json));
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping(path = "/runs", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Run the audit now (leaders and admins) and return the new report")
	ResponseEntity<String> run(CurrentOrganization organization) {
		organization.require(Permission.MANAGE_STRATEGY);
		this.runAudit.run(organization.id(), "run through the API by " + organization.user().displayName());
		return latest(organization);
	}

	@GetMapping("/runs")
	@Operation(summary = "Past audit runs, oldest first: the index's trend")
	List<AuditQueries.Run> runs(CurrentOrganization organization,
			@RequestParam(defaultValue = "60") int max) {
		return this.queries.trend(organization.id(), Math.max(1, Math.min(max, 1000)));
	}

}
