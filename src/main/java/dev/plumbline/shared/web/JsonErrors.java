package dev.plumbline.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says which field of a JSON body could not be read, and why, without leaking parser internals.
 */
final class JsonErrors {

	private JsonErrors() {
	}

	static String field(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : databind.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return path.toString();
		}
		return "body";
	}

	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (cause instanceof DatabindException) {
			return "has the wrong type or format";
		}
		if (cause instanceof JacksonException) {
			return "is not well-formed JSON";
		}
		return "is missing or unreadable";
	}

}
