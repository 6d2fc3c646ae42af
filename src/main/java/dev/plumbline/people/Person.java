package dev.plumbline.people;

import java.util.UUID;

/**
 * Someone in the organization (with or without an account); {@code teamKey} may be null.
 */
public record Person(UUID id, String key, String name, String email, String teamKey, String teamName) {
}
