package dev.plumbline.charter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the whole content of a charter version as JSON text (kept in a TEXT column, so that it
 * behaves the same on H2 and PostgreSQL).
 */
final class CharterSnapshots {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CharterSnapshots() {
	}

	static String write(CharterContent content) {
		return JSON.writeValueAsString(content);
	}

	static CharterContent read(String json) {
		return JSON.readValue(json, CharterContent.class);
	}

}
