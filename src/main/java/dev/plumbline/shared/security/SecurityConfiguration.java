package dev.plumbline.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.util.Map;

import dev.plumbline.shared.ApiTokenResolver;

/**
 * Two filter chains: the JSON API (bearer tokens or the browser session, problem+json errors, CSRF only
 * for session calls) and the pages (form login, CSRF on every form and htmx request).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script anywhere: charts and htmx are wired from /js/app.js. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PATHS = { "/login", "/signup", "/forgot-password", "/reset-password", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health/**", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
			"/swagger-ui.html" };

	/**
	 * No observation per security filter: each of the chain's filters was wrapped in one (about 3 % of the
	 * mixed load's CPU, ADR 0012). Requests are still observed as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenResolver tokens, EndedSessions ended)
			throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearerToken))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(ended.filter((request, response) -> problems.write(response, 401, "Unauthorized",
					"This session was ended (the password was changed). Sign in again.")), SecurityContextHolderFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, EndedSessions ended) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.usernameParameter("email")
				.failureHandler(failures)
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").invalidateHttpSession(true))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(ended.filter((request, response) -> response.sendRedirect(request.getContextPath() + "/login?expired")),
					SecurityContextHolderFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
