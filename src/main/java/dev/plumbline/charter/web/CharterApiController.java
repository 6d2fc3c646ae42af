package dev.plumbline.charter.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.charter.AcknowledgeCharter;
import dev.plumbline.charter.CharterContent;
import dev.plumbline.charter.CharterDiff;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.CharterQueries.VersionSummary;
import dev.plumbline.charter.ReviseCharter;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;

/**
 * {@code /api/v1/orgs/{slug}/charter}: the whole charter in and out, its versions and acknowledgements.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/charter")
class CharterApiController {

	private final CharterQueries queries;

	private final ReviseCharter reviseCharter;

	private final AcknowledgeCharter acknowledgeCharter;

	CharterApiController(CharterQueries queries, ReviseCharter reviseCharter, AcknowledgeCharter acknowledgeCharter) {
		this.queries = queries;
		this.reviseCharter = reviseCharter;
		this.acknowledgeCharter = acknowledgeCharter;
	}

	@GetMapping
	CharterResponse charter(@PathVariable String slug, CurrentOrganization organization) {
		return current(organization);
	}

	/** Replaces the whole charter; 409 when {@code version} is not the current version. */
	@Requires(Permission.EDIT_CHARTER)
	@PutMapping
	CharterResponse revise(@PathVariable String slug, CurrentOrganization organization,
			@Valid @RequestBody CharterRequest request) {
		organization.require(Permission.EDIT_CHARTER);
		this.reviseCharter.revise(organization, request.version(), request.toContent());
		return current(organization);
	}

	@GetMapping("/versions")
	List<VersionSummary> versions(@PathVariable String slug, CurrentOrganization organization) {
		return this.queries.history(organization.id());
	}

	@GetMapping("/versions/{version}")
	CharterContent version(@PathVariable String slug, @PathVariable long version, CurrentOrganization organization) {
		return this.queries.version(organization.id(), version);
	}

	@GetMapping("/diff")
	CharterDiff diff(@PathVariable String slug, CurrentOrganization organization, @RequestParam long from,
			@RequestParam long to) {
		return this.queries.diff(organization.id(), Math.min(from, to), Math.max(from, to));
	}

	@Requires(Permission.ACKNOWLEDGE_CHARTER)
	@PostMapping("/acknowledgements")
	Map<String, Long> acknowledge(@PathVariable String slug, CurrentOrganization organization) {
		return Map.of("version", this.acknowledgeCharter.acknowledge(organization));
	}

	private CharterResponse current(CurrentOrganization organization) {
		return CharterResponse.of(this.queries.current(organization.id()),
				this.queries.acknowledgements(organization.id(), organization.userId()));
	}

}
