package dev.plumbline.charter;

/**
 * A strategic theme with its weight (1–5); strategies and objectives serve pillars. The key is stable.
 */
public record Pillar(String key, String name, String description, Integer weight) {

	public Pillar {
		description = description == null ? "" : description;
	}

}
