package dev.plumbline.organization.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Requires;
import dev.plumbline.organization.ManageMembers;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.organization.Permission;
import dev.plumbline.organization.Role;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.StaleVersionException;

/**
 * Who belongs to the organization and with which role; ADMINs add, re-role and remove members.
 */
@Controller
class MemberController {

	private final OrganizationQueries queries;

	private final ManageMembers manageMembers;

	MemberController(OrganizationQueries queries, ManageMembers manageMembers) {
		this.queries = queries;
		this.manageMembers = manageMembers;
	}

	@GetMapping("/o/{slug}/members")
	String members(CurrentOrganization organization, Model model) {
		model.addAttribute("members", this.queries.members(organization.id()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("canManage", organization.may(Permission.MANAGE_MEMBERS));
		return "organization/members";
	}

	@Requires(Permission.MANAGE_MEMBERS)
	@PostMapping("/o/{slug}/members")
	String add(CurrentOrganization organization, @RequestParam(defaultValue = "") String email,
			@RequestParam(required = false) String role, Model model, RedirectAttributes redirect) {
		try {
			this.manageMembers.add(organization, email, parseRole(role));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("email", email);
			return members(organization, model);
		}
		redirect.addFlashAttribute("flash", "Added " + email);
		return "redirect:/o/" + organization.slug() + "/members";
	}

	@Requires(Permission.MANAGE_MEMBERS)
	@PostMapping("/o/{slug}/members/{id}/role")
	String changeRole(CurrentOrganization organization, @PathVariable UUID id,
			@RequestParam(required = false) String role, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			this.manageMembers.changeRole(organization, id, version, parseRole(role));
			redirect.addFlashAttribute("flash", "Role changed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.problems().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/o/" + organization.slug() + "/members";
	}

	@Requires(Permission.MANAGE_MEMBERS)
	@PostMapping("/o/{slug}/members/{id}/remove")
	String remove(CurrentOrganization organization, @PathVariable UUID id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			this.manageMembers.remove(organization, id, version);
			redirect.addFlashAttribute("flash", "Member removed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.problems().get(0).message());
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/o/" + organization.slug() + "/members";
	}

	private static Role parseRole(String role) {
		try {
			return role == null ? null : Role.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
