package dev.plumbline.shared;

import java.util.UUID;

/**
 * The browser sessions people are signed in with. Lets the module that owns accounts end them all when
 * the password changes, without knowing how sessions are kept. Implemented in shared.security.
 */
public interface SignedInSessions {

	/** Ends every session of this person: the next request with any of them has to sign in again. */
	void endAll(UUID userId);

}
