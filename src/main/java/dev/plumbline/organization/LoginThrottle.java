package dev.plumbline.organization;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts from a client address that failed too often lately, before Spring Security
 * reads them: the answer is the same for known and unknown e-mails, so it tells a guesser nothing.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottle {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> loginThrottleFilter(LoginAttempts attempts) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if ("POST".equals(request.getMethod()) && "/login".equals(path)
						&& attempts.throttled(request.getRemoteAddr())) {
					response.sendRedirect(request.getContextPath() + "/login?throttled");
					return;
				}
				chain.doFilter(request, response);
			}

		});
		registration.addUrlPatterns("/login");
		registration.setOrder(-110); // before Spring Security's chain (-100)
		return registration;
	}

}
