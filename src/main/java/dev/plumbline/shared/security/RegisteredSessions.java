package dev.plumbline.shared.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

import dev.plumbline.shared.SignedInSessions;

/**
 * Ends sessions through Spring Security's session registry, which is backed by the shared session store
 * (Spring Session JDBC): a session marked expired is refused by the concurrent-session filter of whichever
 * node serves its next request.
 */
@Component
class RegisteredSessions implements SignedInSessions {

	private final SessionRegistry registry;

	RegisteredSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void endAll(String username) {
		this.registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
	}

}
