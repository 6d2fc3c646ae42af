package dev.plumbline.shared;

/**
 * The browser sessions people are signed in with. Lets the module that owns accounts end them all when
 * the password changes, without knowing how sessions are kept. Implemented in shared.security.
 */
public interface SignedInSessions {

	/**
	 * Ends every session of this person, on every node: the next request with any of them has to sign in
	 * again. {@code username} is the name the person signs in with (the account's e-mail).
	 */
	void endAll(String username);

}
