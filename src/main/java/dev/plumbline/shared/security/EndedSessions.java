package dev.plumbline.shared.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.plumbline.shared.SignedInSessions;

/**
 * Ends every session of a person on every node (after a password reset): each is marked in the shared
 * session store, and the next request that brings one is signed out and told why. The mark is read from
 * the session the request loads anyway; Spring Security's concurrent-session filter, used before, read
 * the session a second time on every request to learn the same thing.
 */
@Component
class EndedSessions implements SignedInSessions {

	static final String ENDED = "plumbline.session.ended";

	/** What a request bringing an ended session gets instead of its answer. */
	interface Answer {

		void send(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	EndedSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
	}

	@Override
	public void endAll(String username) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		for (Session session : found.values()) {
			session.setAttribute(ENDED, Boolean.TRUE);
			this.sessions.save(session);
		}
	}

	/** A filter for a security chain: a request with an ended session is signed out and answered by {@code answer}. */
	OncePerRequestFilter filter(Answer answer) {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				HttpSession session = request.getSession(false);
				if (session != null && Boolean.TRUE.equals(session.getAttribute(ENDED))) {
					session.invalidate();
					SecurityContextHolder.clearContext();
					answer.send(request, response);
					return;
				}
				chain.doFilter(request, response);
			}

		};
	}

}
