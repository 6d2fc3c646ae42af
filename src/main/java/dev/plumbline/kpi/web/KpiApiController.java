package dev.plumbline.kpi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.plumbline.shared.UploadLimits;
import dev.plumbline.kpi.CreateKpi;
import dev.plumbline.kpi.EditKpi;
import dev.plumbline.kpi.ImportMeasurements;
import dev.plumbline.kpi.KpiQueries;
import dev.plumbline.kpi.RecordMeasurement;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Requires;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Paged;

/**
 * {@code /api/v1/orgs/{slug}/kpis}: KPIs in and out, their measurements one at a time or as CSV.
 */
@RestController
@RequestMapping("/api/v1/orgs/{slug}/kpis")
class KpiApiController {

	private final KpiQueries queries;

	private final CreateKpi createKpi;

	private final EditKpi editKpi;

	private final RecordMeasurement recordMeasurement;

	private final ImportMeasurements importMeasurements;

	private final KpiFilters filters;

	private final UploadLimits limits;

	KpiApiController(KpiQueries queries, CreateKpi createKpi, EditKpi editKpi, RecordMeasurement recordMeasurement,
			ImportMeasurements importMeasurements, KpiFilters filters, UploadLimits limits) {
		this.queries = queries;
		this.createKpi = createKpi;
		this.editKpi = editKpi;
		this.recordMeasurement = recordMeasurement;
		this.importMeasurements = importMeasurements;
		this.filters = filters;
		this.limits = limits;
	}

	/** A page of KPIs ordered by name; filters: {@code pillar} (key), {@code owner} (person id or key), {@code status}. */
	@GetMapping
	Paged<KpiResponse> list(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String pillar, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String status) {
		var today = this.queries.today();
		return this.queries
			.page(organization.id(), this.filters.filter(organization, pillar, owner, status), Paged.page(page),
					Paged.size(size))
			.map(kpi -> KpiResponse.of(kpi, today, null));
	}

	@Requires(Permission.MANAGE_STRATEGY)
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	KpiResponse create(@PathVariable String slug, CurrentOrganization organization, @RequestBody KpiRequest request) {
		return one(organization, this.createKpi.create(organization, request.toDraft()));
	}

	@GetMapping("/{id}")
	KpiResponse kpi(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization) {
		return one(organization, id);
	}

	/** Replaces the KPI's definition; {@code version} is the one edited: 409 when it is no longer current. */
	@Requires(Permission.MANAGE_STRATEGY)
	@PutMapping("/{id}")
	KpiResponse edit(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization,
			@RequestBody KpiRequest request) {
		this.queries.kpi(organization.id(), id);
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required: the version you edited");
		}
		this.editKpi.edit(organization, id, request.version(), request.toDraft());
		return one(organization, id);
	}

	/** Records one value; a value already recorded on that date is replaced. */
	@Requires(Permission.CHECK_IN)
	@PostMapping("/{id}/measurements")
	@ResponseStatus(HttpStatus.CREATED)
	KpiResponse measure(@PathVariable String slug, @PathVariable UUID id, CurrentOrganization organization,
			@RequestBody MeasurementRequest request) {
		this.recordMeasurement.record(organization, id, request.date(), request.value());
		return one(organization, id);
	}

	/** CSV {@code kpi_key,date,value} as the request body; all or nothing. */
	@Requires(Permission.CHECK_IN)
	@PostMapping(path = "/measurements.csv", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	Map<String, Integer> importCsv(@PathVariable String slug, CurrentOrganization organization, @RequestBody String csv) {
		return Map.of("imported", this.importMeasurements.importCsv(organization, csv));
	}

	/** The same CSV as a multipart file upload (part {@code file}). */
	@Requires(Permission.CHECK_IN)
	@PostMapping(path = "/measurements.csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Integer> importFile(@PathVariable String slug, CurrentOrganization organization,
			@RequestPart("file") MultipartFile file) throws IOException {
		this.limits.checkCsv(file.getSize());
		return Map.of("imported",
				this.importMeasurements.importCsv(organization, new String(file.getBytes(), StandardCharsets.UTF_8)));
	}

	private KpiResponse one(CurrentOrganization organization, UUID id) {
		return KpiResponse.of(this.queries.kpi(organization.id(), id), this.queries.today(),
				this.queries.measurements(organization.id(), id));
	}

}
