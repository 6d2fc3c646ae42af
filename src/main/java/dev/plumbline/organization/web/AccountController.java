package dev.plumbline.organization.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.plumbline.organization.IssueApiToken;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.organization.RevokeApiToken;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.PlumblineUser;

/**
 * The person's own page: their personal API tokens.
 */
@Controller
class AccountController {

	private final OrganizationQueries queries;

	private final IssueApiToken issueApiToken;

	private final RevokeApiToken revokeApiToken;

	AccountController(OrganizationQueries queries, IssueApiToken issueApiToken, RevokeApiToken revokeApiToken) {
		this.queries = queries;
		this.issueApiToken = issueApiToken;
		this.revokeApiToken = revokeApiToken;
	}

	@GetMapping("/account/tokens")
	String tokens(@AuthenticationPrincipal PlumblineUser user, Model model) {
		model.addAttribute("tokens", this.queries.tokensOf(user.userId()));
		return "organization/tokens";
	}

	@PostMapping("/account/tokens")
	String issue(@AuthenticationPrincipal PlumblineUser user, @RequestParam(defaultValue = "") String name,
			Model model) {
		try {
			model.addAttribute("issued", this.issueApiToken.issue(user, name));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("nameError", ex.problems().get(0).message());
		}
		return tokens(user, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal PlumblineUser user, @PathVariable UUID id) {
		this.revokeApiToken.revoke(user, id);
		return "redirect:/account/tokens";
	}

}
