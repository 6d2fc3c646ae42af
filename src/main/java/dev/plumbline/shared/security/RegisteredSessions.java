package dev.plumbline.shared.security;

import java.util.UUID;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.PlumblineUser;
import dev.plumbline.shared.SignedInSessions;

/**
 * Ends sessions through Spring Security's session registry: an expired session is refused by the
 * concurrent-session filter on its next request. The registry lives in this instance's memory, so with
 * several instances each only ends the sessions it holds (a shared session store would end them all).
 */
@Component
class RegisteredSessions implements SignedInSessions {

	private final SessionRegistry registry;

	RegisteredSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void endAll(UUID userId) {
		this.registry.getAllPrincipals()
			.stream()
			.filter(principal -> principal instanceof PlumblineUser user && user.userId().equals(userId))
			.flatMap(principal -> this.registry.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
	}

}
