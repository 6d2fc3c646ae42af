package dev.plumbline.shared;

import java.util.Objects;

/**
 * One reason why an input was refused, naming the field by its path (e.g. {@code pillars[1].weight}).
 */
public record FieldProblem(String field, String message) {

	public FieldProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(message, "message");
	}

}
