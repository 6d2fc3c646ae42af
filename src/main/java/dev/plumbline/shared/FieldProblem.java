package dev.plumbline.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * One reason why an input was refused, naming the field by its path (e.g. {@code pillars[1].weight}).
 * Serializable because problems travel in flash attributes, which live in the (JDBC-stored) session.
 */
public record FieldProblem(String field, String message) implements Serializable {

	public FieldProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(message, "message");
	}

}
