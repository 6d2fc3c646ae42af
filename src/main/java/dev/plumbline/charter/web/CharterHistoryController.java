package dev.plumbline.charter.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.CharterQueries.VersionSummary;
import dev.plumbline.organization.CurrentOrganization;

/**
 * Every saved version of the charter, and what changed between any two.
 */
@Controller
class CharterHistoryController {

	private final CharterQueries queries;

	CharterHistoryController(CharterQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/o/{slug}/charter/history")
	String history(CurrentOrganization organization, Model model) {
		List<VersionSummary> versions = this.queries.history(organization.id());
		model.addAttribute("versions", versions);
		if (!versions.isEmpty()) {
			long latest = versions.get(0).version();
			addDiff(organization, Math.max(latest - 1, 0), latest, model);
		}
		return "charter/history";
	}

	/** The difference between two versions; {@code from} 0 compares with the empty charter. */
	@GetMapping("/o/{slug}/charter/history/diff")
	String diff(CurrentOrganization organization, @RequestParam long from, @RequestParam long to, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		addDiff(organization, Math.min(from, to), Math.max(from, to), model);
		if (htmx != null) {
			return "charter/history :: diff";
		}
		model.addAttribute("versions", this.queries.history(organization.id()));
		return "charter/history";
	}

	private void addDiff(CurrentOrganization organization, long from, long to, Model model) {
		model.addAttribute("diff", this.queries.diff(organization.id(), from, to));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
	}

}
