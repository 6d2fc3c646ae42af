package dev.plumbline.organization.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import dev.plumbline.organization.CreateOrganization;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.PlumblineUser;

/**
 * The signed-in person's organizations, and creating a new one.
 */
@Controller
class HomeController {

	private final OrganizationQueries queries;

	private final CreateOrganization createOrganization;

	HomeController(OrganizationQueries queries, CreateOrganization createOrganization) {
		this.queries = queries;
		this.createOrganization = createOrganization;
	}

	/** Checked by {@link CreateOrganization}, which names every bad field at once. */
	record OrganizationForm(String name, String slug) {
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PlumblineUser user, Model model) {
		model.addAttribute("organizations", this.queries.organizationsOf(user.userId()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganizationForm("", ""));
		}
		return "organization/home";
	}

	@PostMapping("/organizations")
	String create(@AuthenticationPrincipal PlumblineUser user, @ModelAttribute("form") OrganizationForm form,
			BindingResult binding, Model model) {
		try {
			String slug = this.createOrganization
				.create(new CreateOrganization.Command(user.userId(), form.name(), form.slug()));
			return "redirect:/o/" + slug + "/charter";
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
		}
		return home(user, model);
	}

	@GetMapping("/o/{slug}")
	String organization(CurrentOrganization organization) {
		return "redirect:/o/" + organization.slug() + "/dashboard";
	}

}
