package dev.plumbline.objective.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.shared.UploadLimits;
import dev.plumbline.objective.ObjectiveAccess;
import dev.plumbline.objective.ObjectiveQueries;
import dev.plumbline.objective.RecordCheckIn;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.Person;
import dev.plumbline.shared.InvalidInputException;

/**
 * "My objectives" with a small check-in form per key result (saved with htmx, the card redrawn in place),
 * and the CSV upload of many check-ins.
 */
@Controller
class MyObjectivesController {

	private final ObjectiveQueries queries;

	private final ObjectiveAccess access;

	private final RecordCheckIn recordCheckIn;

	private final UploadLimits limits;

	MyObjectivesController(ObjectiveQueries queries, ObjectiveAccess access, RecordCheckIn recordCheckIn,
			UploadLimits limits) {
		this.queries = queries;
		this.access = access;
		this.recordCheckIn = recordCheckIn;
		this.limits = limits;
	}

	@GetMapping("/o/{slug}/my/objectives")
	String mine(CurrentOrganization organization, Model model) {
		Person me = this.access.me(organization).orElse(null);
		model.addAttribute("me", me);
		model.addAttribute("mine", me == null ? List.of() : this.queries.ownedBy(organization.id(), me.id()));
		model.addAttribute("today", LocalDate.now());
		return "objective/my";
	}

	@Requires(Permission.CHECK_IN)
	@PostMapping("/o/{slug}/key-results/{id}/check-ins")
	String checkIn(CurrentOrganization organization, @PathVariable UUID id,
			@RequestParam(required = false) String value, @RequestParam(required = false) String confidence,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String problem = null;
		try {
			this.recordCheckIn.record(organization, id, new RecordCheckIn.CheckIn(date, number(value, "value"),
					number(confidence, "confidence"), note));
		}
		catch (InvalidInputException ex) {
			problem = ex.getMessage();
		}
		if (htmx == null) {
			redirect.addFlashAttribute(problem == null ? "flash" : "problem", problem == null ? "Check-in saved." : problem);
			return "redirect:/o/" + organization.slug() + "/my/objectives";
		}
		model.addAttribute("mine", List.of(this.queries.mineByKeyResult(organization.id(), id)));
		model.addAttribute("problem", problem);
		model.addAttribute("problemFor", id);
		model.addAttribute("savedFor", problem == null ? id : null);
		model.addAttribute("today", LocalDate.now());
		if (problem != null) {
			response.setStatus(422);
		}
		return "objective/my :: card";
	}

	@GetMapping("/o/{slug}/check-ins/upload")
	String upload(CurrentOrganization organization) {
		organization.require(Permission.CHECK_IN);
		return "objective/upload";
	}

	@Requires(Permission.CHECK_IN)
	@PostMapping("/o/{slug}/check-ins/upload")
	String upload(CurrentOrganization organization, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		organization.require(Permission.CHECK_IN);
		if (file != null) {
			this.limits.checkCsv(file.getSize());
		}
		if (text != null) {
			this.limits.checkCsv(text.length());
		}
		String csv = (file != null && !file.isEmpty()) ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
		try {
			int count = this.recordCheckIn.importCsv(organization, csv);
			redirect.addFlashAttribute("flash", "Imported " + count + " check-in" + (count == 1 ? "" : "s") + ".");
			return "redirect:/o/" + organization.slug() + "/check-ins/upload";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("text", text);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "objective/upload";
		}
	}

	private static BigDecimal number(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "\"" + text + "\" is not a number");
		}
	}

}
