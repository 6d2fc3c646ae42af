package dev.plumbline.organization.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.springdoc.core.utils.SpringDocUtils;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.OrganizationQueries;

/**
 * Every page under {@code /o/{slug}} and every API call under {@code /api/v1/orgs/{slug}} passes the
 * tenancy check before its handler runs.
 */
@Configuration(proxyBeanMethods = false)
class TenancyWebConfiguration implements WebMvcConfigurer {

	static {
		// The organization comes from the path's slug, never from the caller: keep it out of the API document.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentOrganization.class);
	}

	private final OrganizationQueries queries;

	TenancyWebConfiguration(OrganizationQueries queries) {
		this.queries = queries;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new TenancyInterceptor(this.queries)).addPathPatterns("/o/**", "/api/v1/orgs/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentOrganizationArgumentResolver());
	}

}
