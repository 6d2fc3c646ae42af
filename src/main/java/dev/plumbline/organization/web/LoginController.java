package dev.plumbline.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.plumbline.organization.RegisterAccount;
import dev.plumbline.shared.InvalidInputException;

/**
 * Sign-in and sign-up pages. Spring Security processes the sign-in form itself.
 */
@Controller
class LoginController {

	private final RegisterAccount registerAccount;

	LoginController(RegisterAccount registerAccount) {
		this.registerAccount = registerAccount;
	}

	record SignupForm(String email, String displayName, String password) {
	}

	@GetMapping("/login")
	String login() {
		return "organization/login";
	}

	@GetMapping("/signup")
	String signup(Model model) {
		model.addAttribute("form", new SignupForm("", "", ""));
		return "organization/signup";
	}

	@PostMapping("/signup")
	String register(@ModelAttribute("form") SignupForm form, BindingResult binding,
			RedirectAttributes redirect) {
		try {
			this.registerAccount
				.register(new RegisterAccount.Command(form.email(), form.displayName(), form.password()));
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
			return "organization/signup";
		}
		redirect.addAttribute("registered", "");
		return "redirect:/login";
	}

}
