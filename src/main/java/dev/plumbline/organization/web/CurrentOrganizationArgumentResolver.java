package dev.plumbline.organization.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import dev.plumbline.organization.CurrentOrganization;

/**
 * Lets a handler take the {@link CurrentOrganization} the tenancy interceptor resolved.
 */
class CurrentOrganizationArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentOrganization.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		Object organization = request.getAttribute(TenancyInterceptor.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (organization == null) {
			throw new IllegalStateException(
					"A CurrentOrganization parameter needs a {slug} path variable under /o/ or /api/v1/orgs/");
		}
		return organization;
	}

}
