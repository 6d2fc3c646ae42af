package dev.plumbline.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.plumbline.organization.ResetPassword;
import dev.plumbline.shared.InvalidInputException;

/**
 * "Forgot password?" and the page its e-mailed link opens. Both work without signing in.
 */
@Controller
class PasswordResetController {

	private final ResetPassword resetPassword;

	PasswordResetController(ResetPassword resetPassword) {
		this.resetPassword = resetPassword;
	}

	record ResetForm(String token, String password, String repeated) {
	}

	@GetMapping("/forgot-password")
	String forgot(Model model) {
		model.addAttribute("available", this.resetPassword.available());
		return "organization/forgot-password";
	}

	@PostMapping("/forgot-password")
	String request(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		ResetPassword.Requested outcome = this.resetPassword.request(email, request.getRemoteAddr(), base);
		model.addAttribute("available", outcome != ResetPassword.Requested.UNAVAILABLE);
		model.addAttribute("outcome", outcome.name());
		if (outcome == ResetPassword.Requested.THROTTLED) {
			response.setStatus(429);
		}
		else if (outcome == ResetPassword.Requested.UNAVAILABLE) {
			response.setStatus(503);
		}
		return "organization/forgot-password";
	}

	@GetMapping("/reset-password")
	String resetPage(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		model.addAttribute("form", new ResetForm(token, "", ""));
		model.addAttribute("valid", this.resetPassword.valid(token));
		if (token.isBlank()) {
			// no token at all is a malformed link; an unknown, spent or expired one is a link that is gone
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		else if (!this.resetPassword.valid(token)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		return "organization/reset-password";
	}

	@PostMapping("/reset-password")
	String reset(@ModelAttribute("form") ResetForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			this.resetPassword.reset(form.token(), form.password(), form.repeated());
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
			model.addAttribute("valid", this.resetPassword.valid(form.token()));
			return "organization/reset-password";
		}
		redirect.addAttribute("reset", "");
		return "redirect:/login";
	}

}
