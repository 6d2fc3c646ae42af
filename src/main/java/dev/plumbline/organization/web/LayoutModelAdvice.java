package dev.plumbline.organization.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.plumbline.organization.CurrentOrganization;

/**
 * Gives the layout the organization of the page and its navigation, when there is one.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final Navigation navigation;

	LayoutModelAdvice(Navigation navigation) {
		this.navigation = navigation;
	}

	@ModelAttribute("org")
	CurrentOrganization organization(HttpServletRequest request) {
		return (CurrentOrganization) request.getAttribute(TenancyInterceptor.ATTRIBUTE);
	}

	@ModelAttribute("navigation")
	String navigation(HttpServletRequest request, Locale locale) {
		CurrentOrganization organization = organization(request);
		return organization == null ? null
				: this.navigation.html(organization, request.getContextPath(), request.getRequestURI(), locale);
	}

}
