package dev.plumbline.organization.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.plumbline.organization.CurrentOrganization;

/**
 * Gives the layout the organization of the page (for its navigation), when there is one.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	@ModelAttribute("org")
	CurrentOrganization organization(HttpServletRequest request) {
		return (CurrentOrganization) request.getAttribute(TenancyInterceptor.ATTRIBUTE);
	}

}
