package dev.plumbline.shared.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxExceptionHandlerExceptionResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.handler.HandlerExceptionResolverComposite;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The handler lookup that rules out mappings by their path first finds, for every route of the
 * application, the route's own handler, and still tells a wrong method (405) from an unknown path (404).
 */
@PlumblineIntegrationTest
class PathFirstHandlerMappingIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	@Qualifier("handlerExceptionResolver")
	HandlerExceptionResolverComposite exceptionResolvers;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Test
	void everyRouteWithoutParameterOrHeaderConditionsFindsItsOwnHandler() throws Exception {
		assertThat(this.mapping).isInstanceOf(PathFirstHandlerMapping.class);
		assertThat(this.exceptionResolvers.getExceptionResolvers()).as("the htmx library's resolver is kept")
			.hasAtLeastOneElementOfType(HtmxExceptionHandlerExceptionResolver.class);
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : this.mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = route.getKey();
			if (info.getPathPatternsCondition() == null || !info.getParamsCondition().isEmpty()
					|| !info.getHeadersCondition().isEmpty() || info.getMethodsCondition().getMethods().size() != 1) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = pattern.getPatternString().replaceAll("\\{\\*?[^}]+}", "z9").replace("/**", "/z9");
				MockHttpServletRequest request = new MockHttpServletRequest(
						info.getMethodsCondition().getMethods().iterator().next().name(), path);
				info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
					.ifPresent(type -> request.addHeader("Accept", type.toString()));
				info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
					.ifPresent(type -> request.setContentType(type.toString()));
				ServletRequestPathUtils.parseAndCache(request);
				HandlerExecutionChain chain = this.mapping.getHandler(request);
				assertThat(chain).as(path).isNotNull();
				assertThat(((HandlerMethod) chain.getHandler()).getMethod()).as(path).isEqualTo(route.getValue().getMethod());
				checked++;
			}
		}
		assertThat(checked).as("routes checked").isGreaterThan(50);
	}

	@Test
	void aWrongMethodIs405AndAnUnknownPath404() {
		TestOrganization org = this.organizations.withCharter();
		assertThat(this.mvc.put().uri("/o/{slug}/objectives", org.slug()).with(org.leader().session()).with(csrf()))
			.hasStatus(405);
		assertThat(this.mvc.get().uri("/o/{slug}/no-such-page", org.slug()).with(org.leader().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/objectives", org.slug()).with(org.leader().session())).hasStatusOk();
	}

}
