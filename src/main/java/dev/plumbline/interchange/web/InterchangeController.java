package dev.plumbline.interchange.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Requires;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.PlumblineUser;

/**
 * Pages of organization files: an organization's import/export page, "new organization from a file",
 * and the progress of an upload (polled with htmx until it redirects to the result).
 */
@Controller
class InterchangeController {

	private final ImportOrganization importOrganization;

	private final ImportJobs jobs;

	private final InterchangeSettings settings;

	InterchangeController(ImportOrganization importOrganization, ImportJobs jobs, InterchangeSettings settings) {
		this.importOrganization = importOrganization;
		this.jobs = jobs;
		this.settings = settings;
	}

	@GetMapping("/o/{slug}/admin/interchange")
	String organizationPage(@PathVariable String slug, CurrentOrganization organization, Model model) {
		InterchangeAccess.requireExport(organization);
		model.addAttribute("mayReplace", InterchangeAccess.mayReplace(organization));
		model.addAttribute("maxMegabytes", this.settings.maxFileSize().toMegabytes());
		return "interchange/organization";
	}

	@Requires(Permission.EXCHANGE_FILES)
	@PostMapping("/o/{slug}/admin/interchange/import")
	String replace(@PathVariable String slug, CurrentOrganization organization,
			@RequestParam("file") MultipartFile upload) throws IOException {
		InterchangeAccess.requireAdmin(organization);
		byte[] content = content(upload);
		FileFormat format = FileUploads.formatOf(upload.getOriginalFilename());
		ImportJob job = this.jobs.start(organization.userId(), "/o/" + organization.slug() + "/admin/interchange",
				started -> {
			OrganizationFile file = OrganizationFiles.read(content, format);
			started.writing(file.rowCount());
			return this.importOrganization.replace(organization, file, started);
		});
		return "redirect:/imports/" + job.id();
	}

	@GetMapping("/orgs/import")
	String newOrganizationPage(Model model) {
		model.addAttribute("maxMegabytes", this.settings.maxFileSize().toMegabytes());
		return "interchange/new";
	}

	@PostMapping("/orgs/import")
	String importNew(@AuthenticationPrincipal PlumblineUser user, @RequestParam("file") MultipartFile upload,
			@RequestParam(required = false) String slug, @RequestParam(required = false) String name)
			throws IOException {
		byte[] content = content(upload);
		FileFormat format = FileUploads.formatOf(upload.getOriginalFilename());
		ImportJob job = this.jobs.start(user.userId(), "/orgs/import", started -> {
			OrganizationFile file = OrganizationFiles.read(content, format);
			started.writing(file.rowCount());
			return this.importOrganization.intoNewOrganization(user, file, slug, name, started);
		});
		return "redirect:/imports/" + job.id();
	}

	@GetMapping("/imports/{id}")
	String job(@PathVariable String id, @AuthenticationPrincipal PlumblineUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Model model) {
		ImportJob job = this.jobs.find(id, user.userId())
			.orElseThrow(() -> new NotFoundException("No import " + id));
		ImportStatus status = job.status();
		model.addAttribute("job", status);
		if (htmx != null && status.state() == ImportJob.State.DONE) {
			response.setHeader("HX-Redirect", "/o/" + status.slug() + "/charter");
		}
		return htmx != null ? "interchange/job :: progress" : "interchange/job";
	}

	private byte[] content(MultipartFile upload) throws IOException {
		if (upload.getSize() > this.settings.maxFileSize().toBytes()) {
			throw new FileUploads.TooLargeException(this.settings.maxFileSize().toBytes());
		}
		return FileUploads.read(upload.getInputStream(), upload.getSize(), this.settings.maxFileSize().toBytes());
	}

}
