package dev.plumbline.organization.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.OrganizationQueries;
import dev.plumbline.organization.Requires;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.PlumblineUser;

/**
 * Resolves the organization in the path for the signed-in person. Someone who is not a member gets the
 * same 404 as for an organization that does not exist: another organization's existence is not revealed.
 * A handler marked {@link Requires} is refused (403) here, before its body is read or validated.
 */
class TenancyInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = CurrentOrganization.class.getName();

	private final OrganizationQueries queries;

	TenancyInterceptor(OrganizationQueries queries) {
		this.queries = queries;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String slug = variables == null ? null : variables.get("slug");
		if (slug == null) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PlumblineUser user)) {
			throw new NotFoundException("No organization \"" + slug + "\"");
		}
		CurrentOrganization organization = this.queries.membership(slug, user)
			.orElseThrow(() -> new NotFoundException("No organization \"" + slug + "\""));
		request.setAttribute(ATTRIBUTE, organization);
		if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(Requires.class)) {
			organization.require(method.getMethodAnnotation(Requires.class).value());
		}
		return true;
	}

}
