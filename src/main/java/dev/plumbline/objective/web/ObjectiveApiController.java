package dev.plumbline.objective.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.plumbline.objective.ManageObjectives;
import dev.plumbline.objective.ObjectiveQueries;
import dev.plumbline.objective.ObjectiveStatus;
import dev.plumbline.objective.ObjectiveViews.Filter;
import dev.plumbline.objective.RecordCheckIn;
import dev.plumbline.objective.ObjectiveViews.KeyResultView;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Requires;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/objectives}, key result check-ins and the check-in CSV upload.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}")
@Tag(name = "Objectives", description = "Objectives with key results, check-ins and the SMART verdict")
class ObjectiveApiController {

	private final ObjectiveQueries queries;

	private final ManageObjectives manage;

	private final RecordCheckIn recordCheckIn;

	private final Clock clock;

	ObjectiveApiController(ObjectiveQueries queries, ManageObjectives manage, RecordCheckIn recordCheckIn, Clock clock) {
		this.queries = queries;
		this.manage = manage;
		this.recordCheckIn = recordCheckIn;
		this.clock = clock;
	}

	@GetMapping("/objectives")
	@Operation(summary = "Objectives, paginated; filter by pillar key, team id, owner (person id) and status")
	Paged<ObjectiveResponse> list(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) String pillar, @RequestParam(required = false) UUID team,
			@RequestParam(required = false) UUID owner, @RequestParam(required = false) ObjectiveStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.queries.page(organization.id(), new Filter(pillar, team, owner, status), Paged.page(page), Paged.size(size))
			.map(ObjectiveResponse::of);
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping("/objectives")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates an objective with its key results (LEADER, ADMIN)")
	ObjectiveResponse create(@PathVariable String slug, CurrentOrganization organization,
			@RequestBody ObjectiveRequest request) {
		UUID id = this.manage.create(organization, request.toDraft());
		return one(organization, id);
	}

	@GetMapping("/objectives/{id}")
	@Operation(summary = "One objective with its key results, check-ins, computed progress and SMART verdict")
	ObjectiveResponse get(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization) {
		return one(organization, id);
	}

	@Requires(Permission.CHECK_IN)
	@PutMapping("/objectives/{id}")
	@Operation(summary = "Replaces the objective and its key results; 409 when version is not current")
	ObjectiveResponse update(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization,
			@RequestBody ObjectiveRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required: the version your change is based on");
		}
		this.manage.update(organization, id, request.version(), request.toDraft());
		return one(organization, id);
	}

	@Requires(Permission.CHECK_IN)
	@DeleteMapping("/objectives/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Deletes the objective with its key results and check-ins; version optional (else the current one)")
	void delete(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization,
			@RequestParam(required = false) Long version) {
		long expected = version != null ? version : this.queries.detail(organization.id(), id).objective().version();
		this.manage.delete(organization, id, expected);
	}

	@Requires(Permission.CHECK_IN)
	@PostMapping("/key-results/{id}/check-ins")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records a check-in on a key result (its objective's owner, LEADER, ADMIN)")
	KeyResultView checkIn(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization,
			@RequestBody CheckInRequest request) {
		this.recordCheckIn.record(organization, id, request.toCheckIn());
		return this.queries.mineByKeyResult(organization.id(), id).keyResults().stream()
			.filter(k -> k.id().equals(id)).findFirst().orElseThrow();
	}

	@Requires(Permission.CHECK_IN)
	@PostMapping(path = "/check-ins.csv", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Imports check-ins from CSV: key_result_key,date,value,confidence,note with key_result_key = objectiveKey.krKey; all or nothing, every bad line reported")
	Map<String, Integer> importCsv(@PathVariable String slug, CurrentOrganization organization, @RequestBody String csv) {
		return Map.of("imported", this.recordCheckIn.importCsv(organization, csv));
	}

	private ObjectiveResponse one(CurrentOrganization organization, UUID id) {
		return ObjectiveResponse.of(this.queries.detail(organization.id(), id), LocalDate.now(this.clock));
	}

}
