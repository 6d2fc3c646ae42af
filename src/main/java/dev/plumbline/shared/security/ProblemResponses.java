package dev.plumbline.shared.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;

/**
 * RFC 9457 problem responses for what the security filters refuse on the API.
 */
class ProblemResponses {

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
				"Sign in, or send a personal API token as 'Authorization: Bearer <token>'.");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String detail = (ex instanceof CsrfException)
				? "The CSRF token is missing or wrong. Send the X-CSRF-TOKEN header from the page, or use an API token."
				: "You may not do this.";
		write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", detail);
	}

	void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail.replace("\"", "'") + "\"}");
	}

}
