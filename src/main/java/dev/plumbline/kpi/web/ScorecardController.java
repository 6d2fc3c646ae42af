package dev.plumbline.kpi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.shared.UploadLimits;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.Pillar;
import dev.plumbline.kpi.ImportMeasurements;
import dev.plumbline.kpi.Kpi;
import dev.plumbline.kpi.KpiAccess;
import dev.plumbline.kpi.KpiFilter;
import dev.plumbline.kpi.KpiQueries;
import dev.plumbline.kpi.KpiSparklines;
import dev.plumbline.kpi.Measurement;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.RenderedFragments;

/**
 * The scorecard: every KPI with its latest value and status, a sparkline and a stale marker, filtered by
 * pillar, owner and status; and the CSV upload of measurements.
 */
@Controller
class ScorecardController {

	static final int PAGE_SIZE = 25;

	/** People the owner filter lists before a search. */
	static final int OWNER_CHOICES = 100;

	private final KpiQueries queries;

	private final KpiSparklines sparklines;

	private final KpiAccess access;

	private final KpiFilters filters;

	private final CharterQueries charter;

	private final PeopleQueries people;

	private final ImportMeasurements importMeasurements;

	private final UploadLimits limits;

	private final RenderedFragments fragments;

	ScorecardController(KpiQueries queries, KpiSparklines sparklines, KpiAccess access, KpiFilters filters,
			CharterQueries charter, PeopleQueries people, ImportMeasurements importMeasurements, UploadLimits limits,
			RenderedFragments fragments) {
		this.queries = queries;
		this.sparklines = sparklines;
		this.access = access;
		this.filters = filters;
		this.charter = charter;
		this.people = people;
		this.importMeasurements = importMeasurements;
		this.limits = limits;
		this.fragments = fragments;
	}

	@GetMapping("/o/{slug}/scorecard")
	String scorecard(CurrentOrganization organization, @RequestParam(required = false) String pillar,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request, Locale locale) {
		KpiFilter filter = this.filters.filter(organization, pillar, owner, status);
		Paged<Kpi> kpis = this.queries.page(organization.id(), filter, Paged.page(page), PAGE_SIZE);
		LocalDate today = this.queries.today();
		Map<UUID, List<Measurement>> recent = this.sparklines.recent(organization.id(), kpis.items().stream().map(Kpi::id).toList(),
				today.minusYears(1), KpiCharts.SPARKLINE_POINTS);
		List<Pillar> pillars = this.charter.current(organization.id()).content().pillars();
		Map<String, String> pillarNames = pillars.stream().collect(Collectors.toMap(Pillar::key, Pillar::name, (a, b) -> a));
		Paged<ScorecardRow> rows = kpis.map(kpi -> new ScorecardRow(kpi, kpi.status(), kpi.stale(today),
				KpiCharts.sparkline(kpi, recent.getOrDefault(kpi.id(), List.of())),
				kpi.pillars().stream().map(k -> pillarNames.getOrDefault(k, k)).toList()));
		Map<String, String> chosen = Map.of("pillar", pillar == null ? "" : pillar, "owner", owner == null ? "" : owner,
				"status", filter.status() == null ? "" : filter.status());
		String results = this.fragments.html("kpi/results", "results", Map.of("rows", rows, "filter", chosen, "base",
				request.getContextPath() + "/o/" + organization.slug()), locale);
		if (htmx != null) {
			model.addAttribute("html", results);
			return "fragments/html :: prerendered";
		}
		model.addAttribute("resultsHtml", results);
		model.addAttribute("filter", chosen);
		model.addAttribute("today", today);
		model.addAttribute("pillars", pillars);
		// the owner filter lists a limited, searchable set of people (see PeopleQueries.picker), never everyone
		model.addAttribute("picker", this.people.picker(organization.id(), null, filter.owner(), OWNER_CHOICES));
		model.addAttribute("chosen", filter.owner());
		model.addAttribute("empty", "Anyone");
		model.addAttribute("canManage", this.access.mayManage(organization));
		model.addAttribute("canUpload", organization.may(Permission.CHECK_IN));
		return "kpi/scorecard";
	}

	@Requires(Permission.CHECK_IN)
	@PostMapping("/o/{slug}/scorecard/measurements")
	String upload(CurrentOrganization organization, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file != null) {
			this.limits.checkCsv(file.getSize());
		}
		try {
			String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
			int imported = this.importMeasurements.importCsv(organization, text);
			redirect.addFlashAttribute("flash", "Imported " + imported + (imported == 1 ? " measurement." : " measurements."));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/o/" + organization.slug() + "/scorecard";
	}

}
