package dev.plumbline;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.plumbline.shared.PlumblineUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A signed-in person for MockMvc requests, without going through the login form.
 */
public record TestUser(UUID userId, String email, String displayName, String password) implements PlumblineUser, Principal, Serializable {

	/** The sign-in name, as an account's: the name sessions are indexed by. */
	@Override
	public String getName() {
		return this.email;
	}

	@Override
	public boolean viaApiToken() {
		return false;
	}

	/** Signs the request in as this person (a browser session). */
	public RequestPostProcessor session() {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(this, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
	}

}
