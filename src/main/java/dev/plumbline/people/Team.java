package dev.plumbline.people;

import java.util.UUID;

/**
 * A team; {@code parentKey} is null for a top-level team.
 */
public record Team(UUID id, String key, String name, String parentKey) {
}
