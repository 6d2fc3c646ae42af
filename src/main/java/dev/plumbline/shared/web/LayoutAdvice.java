package dev.plumbline.shared.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.plumbline.shared.PlumblineUser;

/**
 * What the layout needs on every page: the signed-in person.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	@ModelAttribute("currentUser")
	PlumblineUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof PlumblineUser user) ? user : null;
	}

}
