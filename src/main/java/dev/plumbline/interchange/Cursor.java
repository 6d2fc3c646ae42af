package dev.plumbline.interchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Walks the token stream of a file and keeps track of where it is ({@code objectives[3].keyResults[1]}),
 * so that every problem names its path. Parser failures become a problem at {@code $} with the line and
 * column, and stop the walk.
 */
final class Cursor {

	private final JsonParser parser;

	private final Problems problems;

	private final List<Reference> references = new ArrayList<>();

	private final Object[] path = new Object[64];

	private int depth;

	private JsonToken current;

	private boolean aliased;

	Cursor(JsonParser parser, Problems problems) {
		this.parser = parser;
		this.problems = problems;
	}

	/**
	 * Moves to the next token; a YAML alias is reported and read as null (aliases are never expanded, so
	 * a "billion laughs" file costs nothing).
	 */
	JsonToken next() {
		try {
			this.current = this.parser.nextToken();
			this.aliased = this.parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
			if (this.aliased) {
				problem("*" + this.parser.getString(), "YAML aliases are not allowed; write the value out");
				this.current = JsonToken.VALUE_NULL;
			}
			return this.current;
		}
		catch (JacksonException ex) {
			throw stop(ex);
		}
	}

	/** Whether the current (null) token stands for a refused YAML alias. */
	boolean aliased() {
		return this.aliased;
	}

	/** The current token (after {@link #next()}). */
	JsonToken token() {
		return this.current;
	}

	String name() {
		return this.parser.currentName();
	}

	/** The current scalar as written, for problem messages; null for a mapping or a list. */
	String scalar() {
		JsonToken token = token();
		if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
			return null;
		}
		try {
			return this.parser.getString();
		}
		catch (JacksonException ex) {
			throw stop(ex);
		}
	}

	JsonParser parser() {
		return this.parser;
	}

	/** Skips the current value with everything inside it. */
	void skip() {
		if (this.current != this.parser.currentToken()) {
			return;
		}
		try {
			this.parser.skipChildren();
		}
		catch (JacksonException ex) {
			throw stop(ex);
		}
	}

	void push(String name) {
		this.path[this.depth++] = name;
	}

	void push(int index) {
		this.path[this.depth++] = index;
	}

	void pop() {
		this.depth--;
	}

	/** The current path, e.g. {@code initiatives[0].end}; {@code $} at the top. */
	String path() {
		return path(this.path, this.depth);
	}

	private static String path(Object[] segments, int depth) {
		if (depth == 0) {
			return "$";
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < depth; i++) {
			Object segment = segments[i];
			if (segment instanceof Integer index) {
				text.append('[').append(index).append(']');
			}
			else if (plainName((String) segment)) {
				text.append(i == 0 ? "" : ".").append(segment);
			}
			else {
				text.append("[\"").append(((String) segment).replace("\"", "\\\"")).append("\"]");
			}
		}
		return text.toString();
	}

	/** Whether a key is written bare in a path: {@code [A-Za-z0-9_-]+}. */
	private static boolean plainName(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
				return false;
			}
		}
		return !name.isEmpty();
	}

	/** A problem at the current path. */
	void problem(String value, String message) {
		this.problems.add(path(), value, message);
	}

	/** A problem at {@code child} of the current path. */
	void problemAt(String child, String value, String message) {
		push(child);
		problem(value, message);
		pop();
	}

	int problemCount() {
		return this.problems.size();
	}

	/**
	 * Notes that the value at the current path names {@code key} among {@code target}s, checked at the end.
	 * The path is kept as its segments and only spelt out for a reference that names nothing: a large file
	 * holds millions of references.
	 */
	void reference(Target target, String key) {
		this.references.add(new Reference(Arrays.copyOf(this.path, this.depth), target, key));
	}

	List<Reference> references() {
		return this.references;
	}

	/** Records a parser failure as a problem at {@code $} and returns the signal to stop reading. */
	Problems.Stop stop(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			location = this.parser.currentLocation();
		}
		return ex instanceof StreamConstraintsException limit ? stop(limit(limit), location)
				: stop("syntax error: " + firstLine(ex.getOriginalMessage()), location);
	}

	private Problems.Stop stop(String message, TokenStreamLocation location) {
		String where = location == null || location.getLineNr() < 1 ? ""
				: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
		try {
			this.problems.add("$", null, message + where);
		}
		catch (Problems.Stop full) {
			return full;
		}
		return new Problems.Stop();
	}

	private static String limit(StreamConstraintsException ex) {
		String message = String.valueOf(ex.getOriginalMessage());
		if (message.contains("nesting depth")) {
			return "the file is nested deeper than " + Factories.MAX_NESTING + " levels";
		}
		return "the file holds a value too long to read (" + firstLine(message) + ")";
	}

	/** The parser's message without the excerpt of the source it quotes. */
	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable input";
		}
		String text = String.join("; ", message.strip()
			.lines()
			.filter(line -> !line.isBlank() && !line.startsWith(" ") && !line.contains("^"))
			.toList());
		text = text.replaceAll("[a-z]+(\\.[a-z]+)*\\.[A-Z]\\w*(Exception|Error): ", "");
		text = text.isEmpty() ? "unreadable input" : text;
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	/** A key written at the path of {@code segments} that must name a {@code target}. */
	record Reference(Object[] segments, Target target, String key) {

		String path() {
			return Cursor.path(this.segments, this.segments.length);
		}

	}

}
