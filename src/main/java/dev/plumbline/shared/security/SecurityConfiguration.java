package dev.plumbline.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
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
			"/favicon.ico", "/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Knows every signed-in session of every node, so that a password reset can end them all (see
	 * RegisteredSessions): it reads the shared session store by principal name.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenResolver tokens, SessionRegistry sessionRegistry)
			throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearerToken))
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredSessionStrategy(expired -> problems.write(expired.getResponse(), 401, "Unauthorized",
						"This session was ended (the password was changed). Sign in again.")))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
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
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
