package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * The events snakeyaml-engine's parser gives for the block-style subset of YAML that organization files are
 * written in, read straight from the bytes (docs/adr/0011-fast-yaml-reader.md): one document whose root is a
 * block mapping at column 0; block mappings and sequences indented with spaces (sequences also at their key's
 * column); keys and values as single-line plain, single-quoted or double-quoted scalars; empty values; blank
 * and comment lines. {@link #covers} walks the whole file first and says whether it stays inside; only then
 * are events read, so a file is never half read one way and half the other. The events carry no marks:
 * they only place parser errors, and none can happen inside the subset.
 */
final class BlockYamlEvents {

	/** Deeper files go to snakeyaml-engine, which also reports the nesting limit with its line and column. */
	static final int MAX_DEPTH = 32;

	private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);

	private static final ImplicitTuple QUOTED = new ImplicitTuple(false, true);

	private static final Event MAPPING_START = new MappingStartEvent(Optional.empty(), Optional.empty(), true,
			FlowStyle.BLOCK, Optional.empty(), Optional.empty());

	private static final Event SEQUENCE_START = new SequenceStartEvent(Optional.empty(), Optional.empty(), true,
			FlowStyle.BLOCK, Optional.empty(), Optional.empty());

	private static final Event MAPPING_END = new MappingEndEvent();

	private static final Event SEQUENCE_END = new SequenceEndEvent();

	private static final Event EMPTY = scalar("", ScalarStyle.PLAIN);

	private enum State {

		STREAM, DOCUMENT, ROOT, KEY, VALUE, ITEM, LINE, NEXT, END, DONE

	}

	private final byte[] b;

	private final int end;

	/** Whether scalars are made into events; the first walk only checks. */
	private final boolean reading;

	private final int[] columns = new int[MAX_DEPTH];

	/** Per open collection: a mapping, or a sequence written at its key's column. */
	private final byte[] kinds = new byte[MAX_DEPTH];

	private int depth;

	private State state = State.STREAM;

	/** Where the scan is: within the current line, or at the start of the next. */
	private int pos;

	/** The current content line: its indentation (-1 at the end of the file) and first non-blank byte. */
	private int column;

	private int first;

	private int lineStart;

	/** The last key looked for (every key is looked for twice: to see that it is one, then to read it). */
	private int keyFrom = -1;

	private int keyColon;

	private static final byte MAPPING = 0;

	private static final byte SEQUENCE = 1;

	private static final byte INDENTLESS = 2;

	private BlockYamlEvents(byte[] content, int length, boolean reading) {
		this.b = content;
		this.end = length;
		this.reading = reading;
	}

	/** Whether the whole of {@code content} lies inside the subset (checks every byte once). */
	static boolean covers(byte[] content, int length) {
		if (!BlockYamlText.plainUtf8(content, length)) {
			return false;
		}
		BlockYamlEvents walk = new BlockYamlEvents(content, length, false);
		try {
			while (walk.next() != null) {
				// only the walk matters
			}
			return true;
		}
		catch (Outside ex) {
			return false;
		}
	}

	/** The events of a file that {@link #covers} accepted. */
	static BlockYamlEvents of(byte[] content, int length) {
		return new BlockYamlEvents(content, length, true);
	}

	/** The next event, null after the end of the stream. */
	Event next() {
		while (true) {
			switch (this.state) {
				case STREAM -> {
					this.state = State.DOCUMENT;
					return new StreamStartEvent();
				}
				case DOCUMENT -> {
					this.state = State.ROOT;
					return new DocumentStartEvent(false, Optional.empty(), Map.of());
				}
				case ROOT -> {
					nextLine(0);
					require(this.column == 0 && keyAt(this.first) != BlockYamlText.OUT);
					this.state = State.KEY;
					return open(MAPPING, 0);
				}
				case KEY -> {
					return key();
				}
				case VALUE -> {
					return value();
				}
				case ITEM -> {
					return item();
				}
				case LINE -> {
					nextLine(this.pos);
					this.state = State.NEXT;
				}
				case NEXT -> {
					Event event = next(this.depth - 1);
					if (event != null) {
						return event;
					}
				}
				case END -> {
					this.state = State.DONE;
					return new StreamEndEvent();
				}
				default -> {
					return null;
				}
			}
		}
	}

	/** What the content line at {@link #column} means to the innermost open collection; null to go on. */
	private Event next(int top) {
		if (top < 0) {
			require(this.column < 0);
			this.state = State.END;
			return new DocumentEndEvent(false);
		}
		int at = this.columns[top];
		if (this.column < at || (this.column == at && this.kinds[top] == INDENTLESS && !entryAt(this.first))) {
			this.depth--;
			return this.kinds[top] == MAPPING ? MAPPING_END : SEQUENCE_END;
		}
		require(this.column == at);
		if (this.kinds[top] == MAPPING) {
			require(keyAt(this.first) != BlockYamlText.OUT);
			this.state = State.KEY;
		}
		else {
			require(entryAt(this.first));
			this.state = State.ITEM;
		}
		return null;
	}

	private Event key() {
		int colon = keyAt(this.first);
		Event key = this.b[this.first] == '"' || this.b[this.first] == '\''
				? quoted(this.first, colon) : plain(this.first, colon);
		this.pos = colon + 1;
		this.state = State.VALUE;
		return key;
	}

	/** The value after a key's ':'. */
	private Event value() {
		int at = skipSpaces(this.pos);
		if (lineEnds(at)) {
			int mapping = this.columns[this.depth - 1];
			nextLine(lineAfter(at));
			if (this.column > mapping && keyAt(this.first) != BlockYamlText.OUT) {
				this.state = State.KEY;
				return open(MAPPING, this.column);
			}
			if (this.column >= mapping && entryAt(this.first)) {
				this.state = State.ITEM;
				return open(this.column == mapping ? INDENTLESS : SEQUENCE, this.column);
			}
			require(this.column <= mapping);
			this.state = State.NEXT;
			return EMPTY;
		}
		return scalarToLineEnd(at);
	}

	/** A sequence entry: the text after its '-'. */
	private Event item() {
		int sequence = this.columns[this.depth - 1];
		int at = skipSpaces(this.first + 1);
		if (lineEnds(at)) {
			nextLine(lineAfter(at));
			if (this.column > sequence && keyAt(this.first) != BlockYamlText.OUT) {
				this.state = State.KEY;
				return open(MAPPING, this.column);
			}
			if (this.column > sequence && entryAt(this.first)) {
				this.state = State.ITEM;
				return open(SEQUENCE, this.column);
			}
			require(this.column <= sequence);
			this.state = State.NEXT;
			return EMPTY;
		}
		require(!entryAt(at));
		if (keyAt(at) != BlockYamlText.OUT) {
			this.first = at;
			this.state = State.KEY;
			return open(MAPPING, at - this.lineStart);
		}
		return scalarToLineEnd(at);
	}

	/** A value that fills the rest of its line (bar a comment). */
	private Event scalarToLineEnd(int at) {
		Event scalar;
		int after;
		if (this.b[at] == '"' || this.b[at] == '\'') {
			after = BlockYamlText.quotedEnd(this.b, at, this.end);
			require(after != BlockYamlText.OUT);
			scalar = quoted(at, after);
			int rest = skipSpaces(after);
			require(rest == this.end || this.b[rest] == '\n' || (rest > after && this.b[rest] == '#'));
			after = rest;
		}
		else {
			require(BlockYamlText.plainStart(this.b, at, this.end));
			after = BlockYamlText.plainEnd(this.b, at, this.end);
			require(after != BlockYamlText.OUT);
			scalar = plain(at, after);
		}
		this.pos = lineAfter(after);
		this.state = State.LINE;
		return scalar;
	}

	private Event open(byte kind, int at) {
		require(this.depth < MAX_DEPTH);
		this.columns[this.depth] = at;
		this.kinds[this.depth++] = kind;
		return kind == MAPPING ? MAPPING_START : SEQUENCE_START;
	}

	/** The ':' after the key at {@code at} on one line, or {@link BlockYamlText#OUT} when no key is there. */
	private int keyAt(int at) {
		if (at != this.keyFrom) {
			this.keyFrom = at;
			this.keyColon = colon(at);
		}
		return this.keyColon;
	}

	private int colon(int at) {
		byte c = this.b[at];
		if (c == '"' || c == '\'') {
			int close = BlockYamlText.quotedEnd(this.b, at, this.end);
			boolean key = close != BlockYamlText.OUT && close - at <= 1000 && close < this.end && this.b[close] == ':'
					&& (close + 1 == this.end || this.b[close + 1] == ' ' || this.b[close + 1] == '\n');
			return key ? close : BlockYamlText.OUT;
		}
		return BlockYamlText.plainStart(this.b, at, this.end) ? BlockYamlText.keyColon(this.b, at, this.end)
				: BlockYamlText.OUT;
	}

	private boolean entryAt(int at) {
		return this.b[at] == '-' && (at + 1 == this.end || this.b[at + 1] == ' ' || this.b[at + 1] == '\n');
	}

	/** Moves to the next line that is neither blank nor a comment, from the line starting at {@code from}. */
	private void nextLine(int from) {
		int line = from;
		while (true) {
			int at = skipSpaces(line);
			if (at == this.end) {
				this.column = -1;
				return;
			}
			if (this.b[at] != '\n' && this.b[at] != '#') {
				this.lineStart = line;
				this.first = at;
				this.column = at - line;
				return;
			}
			line = lineAfter(at);
		}
	}

	private int skipSpaces(int at) {
		while (at < this.end && this.b[at] == ' ') {
			at++;
		}
		return at;
	}

	/** Whether nothing but a comment is left on the line at {@code at} (which follows a blank). */
	private boolean lineEnds(int at) {
		return at == this.end || this.b[at] == '\n' || this.b[at] == '#';
	}

	private int lineAfter(int at) {
		while (at < this.end && this.b[at] != '\n') {
			at++;
		}
		return Math.min(at + 1, this.end);
	}

	private Event plain(int from, int to) {
		return this.reading ? scalar(new String(this.b, from, to - from, StandardCharsets.UTF_8), ScalarStyle.PLAIN)
				: EMPTY;
	}

	private Event quoted(int from, int close) {
		if (!this.reading) {
			return EMPTY;
		}
		return scalar(BlockYamlText.quoted(this.b, from, close),
				this.b[from] == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
	}

	private static Event scalar(String value, ScalarStyle style) {
		return new ScalarEvent(Optional.empty(), Optional.empty(), style == ScalarStyle.PLAIN ? PLAIN : QUOTED, value,
				style, Optional.empty(), Optional.empty());
	}

	private void require(boolean inside) {
		if (!inside) {
			if (this.reading) {
				throw new IllegalStateException("left the YAML subset after it was checked");
			}
			throw new Outside();
		}
	}

	/** The walk met something outside the subset. */
	private static final class Outside extends RuntimeException {

		Outside() {
			super(null, null, false, false);
		}

	}

}
