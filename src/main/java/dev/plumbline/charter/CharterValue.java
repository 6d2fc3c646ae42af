package dev.plumbline.charter;

import java.util.List;

/**
 * A value and the behaviours that show it. The key is stable; names may change.
 */
public record CharterValue(String key, String name, String description, List<String> behaviors) {

	public CharterValue {
		description = description == null ? "" : description;
		behaviors = behaviors == null ? List.of() : List.copyOf(behaviors);
	}

}
