package dev.plumbline.shared;

import java.util.Optional;

/**
 * Turns the bearer token of an API request into the person it belongs to; empty when the token is
 * unknown or revoked. Implemented by the module that owns tokens.
 */
public interface ApiTokenResolver {

	Optional<PlumblineUser> resolve(String token);

}
