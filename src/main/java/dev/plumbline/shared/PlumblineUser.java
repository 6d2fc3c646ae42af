package dev.plumbline.shared;

import java.util.UUID;

/**
 * The signed-in person, however they authenticated (form login or API token).
 */
public interface PlumblineUser {

	UUID userId();

	String email();

	String displayName();

	/** True when the request was authenticated by a personal API token rather than a session. */
	boolean viaApiToken();

}
