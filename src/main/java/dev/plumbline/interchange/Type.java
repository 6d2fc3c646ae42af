package dev.plumbline.interchange;

import tools.jackson.core.JsonGenerator;

/**
 * How one kind of value in an organization file is read (reporting every problem with its path) and
 * written in canonical form.
 */
interface Type {

	/**
	 * Reads the value at the cursor's current token, reporting what is wrong with it; null when it is
	 * absent ({@code null}) or unusable.
	 */
	Object read(Cursor cursor);

	void write(JsonGenerator generator, Object value);

	/** Whether the writer leaves this value out (null, empty text, empty list or mapping). */
	default boolean absent(Object value) {
		return value == null;
	}

	/** What the file must hold here, for messages: "text", "a date", "a list"… */
	String expected();

	/** Reports a value of the wrong kind and skips it whole. */
	default Object wrongKind(Cursor cursor) {
		String found = switch (cursor.token()) {
			case START_OBJECT -> "a mapping";
			case START_ARRAY -> "a list";
			case VALUE_STRING -> "text";
			case VALUE_TRUE, VALUE_FALSE -> "true/false";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			default -> "something else";
		};
		cursor.problem(cursor.scalar(), "must be " + expected() + ", not " + found);
		cursor.skip();
		return null;
	}

}
