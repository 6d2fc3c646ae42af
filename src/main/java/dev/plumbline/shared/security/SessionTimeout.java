package dev.plumbline.shared.security;

import java.time.Duration;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives every new session exactly {@code server.servlet.session.timeout} of idle time. Tomcat counts the
 * setting in whole minutes (at least one); applying it to each session in seconds makes short timeouts
 * real, and lets a test prove that an idle session expires without waiting a minute.
 */
@Component
class SessionTimeout implements HttpSessionListener {

	private final int seconds;

	SessionTimeout(@Value("${server.servlet.session.timeout:8h}") Duration timeout) {
		this.seconds = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toSeconds()));
	}

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		event.getSession().setMaxInactiveInterval(this.seconds);
	}

}
