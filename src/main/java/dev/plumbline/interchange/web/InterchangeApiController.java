package dev.plumbline.interchange.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Requires;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.PlumblineUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * Organization files over the API: import into a new organization, replace an organization's content,
 * export. The body is the file itself, YAML ({@code application/yaml}) or JSON ({@code application/json}).
 */
@RestController
class InterchangeApiController {

	private final ImportOrganization importOrganization;

	private final ExportOrganization exportOrganization;

	private final InterchangeSettings settings;

	InterchangeApiController(ImportOrganization importOrganization, ExportOrganization exportOrganization,
			InterchangeSettings settings) {
		this.importOrganization = importOrganization;
		this.exportOrganization = exportOrganization;
		this.settings = settings;
	}

	record ImportResponse(String slug, String url, long rows) {
	}

	@PostMapping(path = "/api/v1/orgs/import", consumes = { "application/yaml", "application/x-yaml", "text/yaml",
			MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<ImportResponse> importNew(@AuthenticationPrincipal PlumblineUser user,
			@RequestParam(required = false) String slug, @RequestParam(required = false) String name,
			HttpServletRequest request) throws IOException {
		byte[] content = body(request);
		ImportOrganization.Imported imported = this.importOrganization.intoNewOrganization(user, content,
				FileUploads.formatOf(request.getContentType()), slug, name, ImportProgress.none());
		URI location = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/api/v1/orgs/{slug}/export")
			.buildAndExpand(imported.slug())
			.toUri();
		return ResponseEntity.created(location).body(response(request, imported));
	}

	@Requires(Permission.EXCHANGE_FILES)
	@PostMapping(path = "/api/v1/orgs/{slug}/import", consumes = { "application/yaml", "application/x-yaml",
			"text/yaml", MediaType.APPLICATION_JSON_VALUE })
	ImportResponse replace(@PathVariable String slug, CurrentOrganization organization, HttpServletRequest request)
			throws IOException {
		InterchangeAccess.requireAdmin(organization);
		byte[] content = body(request);
		return response(request, this.importOrganization.replace(organization, content,
				FileUploads.formatOf(request.getContentType()), ImportProgress.none()));
	}

	@Requires(Permission.EXCHANGE_FILES)
	@GetMapping("/api/v1/orgs/{slug}/export")
	ResponseEntity<byte[]> export(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam(defaultValue = "yaml") String format) {
		InterchangeAccess.requireExport(organization);
		FileFormat fileFormat = switch (format.toLowerCase(Locale.ROOT)) {
			case "yaml", "yml" -> FileFormat.YAML;
			case "json" -> FileFormat.JSON;
			default -> throw new InvalidInputException("format", "must be yaml or json");
		};
		byte[] file = OrganizationFiles.write(this.exportOrganization.export(organization.id()), fileFormat);
		String extension = fileFormat == FileFormat.JSON ? "json" : "yaml";
		return ResponseEntity.ok()
			.contentType(fileFormat == FileFormat.JSON ? MediaType.APPLICATION_JSON
					: MediaType.parseMediaType("application/yaml;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(organization.slug() + "." + extension).build().toString())
			.body(file);
	}

	@ExceptionHandler(FileUploads.TooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(FileUploads.TooLargeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
		problem.setTitle("File too large");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		return FileUploads.read(request.getInputStream(), request.getContentLengthLong(),
				this.settings.maxFileSize().toBytes());
	}

	private static ImportResponse response(HttpServletRequest request, ImportOrganization.Imported imported) {
		String url = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/o/{slug}/charter")
			.buildAndExpand(imported.slug())
			.toUriString();
		return new ImportResponse(imported.slug(), url, imported.rows());
	}

}
