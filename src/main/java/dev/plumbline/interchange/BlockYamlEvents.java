package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
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

	/** The current content line. */
	private final BlockYamlLine line = new BlockYamlLine();

	/** The last key looked for (every key is looked for twice: to see that it is one, then to read it). */
	private int keyFrom = -1;

	private int keyColon;

	private final ShortTexts keys = new ShortTexts();

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
		if (!YamlBytes.plainUtf8(content, length)) {
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
					this.line.moveTo(this.b, 0, this.end);
					require(this.line.column == 0 && keyAt(this.line.first) != BlockYamlText.OUT);
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
					this.line.moveTo(this.b, this.pos, this.end);
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

	/** What the current content line means to the innermost open collection; null to go on. */
	private Event next(int top) {
		if (top < 0) {
			require(this.line.column < 0);
			this.state = State.END;
			return new DocumentEndEvent(false);
		}
		int at = this.columns[top];
		boolean entry = this.line.column >= 0 && BlockYamlText.entry(this.b, this.line.first, this.end);
		if (this.line.column < at || (this.line.column == at && this.kinds[top] == INDENTLESS && !entry)) {
			this.depth--;
			return this.kinds[top] == MAPPING ? YamlEvents.MAPPING_END : YamlEvents.SEQUENCE_END;
		}
		require(this.line.column == at);
		if (this.kinds[top] == MAPPING) {
			require(keyAt(this.line.first) != BlockYamlText.OUT);
			this.state = State.KEY;
		}
		else {
			require(entry);
			this.state = State.ITEM;
		}
		return null;
	}

	private Event key() {
		int colon = keyAt(this.line.first);
		Event key = this.b[this.line.first] == '"' || this.b[this.line.first] == '\'' ? quoted(this.line.first, colon)
				: this.reading ? YamlEvents.plain(this.keys.text(this.b, this.line.first, colon)) : YamlEvents.EMPTY;
		this.pos = colon + 1;
		this.state = State.VALUE;
		return key;
	}

	/** The value after a key's ':'. */
	private Event value() {
		int at = BlockYamlText.skipSpaces(this.b, this.pos, this.end);
		return BlockYamlLine.endsAt(this.b, at, this.end) ? below(at, true) : scalarToLineEnd(at);
	}

	/** A sequence entry: the text after its '-'. */
	private Event item() {
		int at = BlockYamlText.skipSpaces(this.b, this.line.first + 1, this.end);
		if (BlockYamlLine.endsAt(this.b, at, this.end)) {
			return below(at, false);
		}
		require(!BlockYamlText.entry(this.b, at, this.end));
		if (keyAt(at) != BlockYamlText.OUT) {
			this.line.first = at;
			this.state = State.KEY;
			return open(MAPPING, at - this.line.start);
		}
		return scalarToLineEnd(at);
	}

	/**
	 * The value of a key or entry whose line ends at {@code at}: a mapping or a sequence on the lines below,
	 * indented more (a key's sequence may also stand at the key's column), or else nothing.
	 */
	private Event below(int at, boolean ofKey) {
		int parent = this.columns[this.depth - 1];
		this.line.moveTo(this.b, BlockYamlText.lineAfter(this.b, at, this.end), this.end);
		if (this.line.column > parent && keyAt(this.line.first) != BlockYamlText.OUT) {
			this.state = State.KEY;
			return open(MAPPING, this.line.column);
		}
		if ((this.line.column > parent || (ofKey && this.line.column == parent))
				&& BlockYamlText.entry(this.b, this.line.first, this.end)) {
			this.state = State.ITEM;
			return open(this.line.column == parent ? INDENTLESS : SEQUENCE, this.line.column);
		}
		require(this.line.column <= parent);
		this.state = State.NEXT;
		return YamlEvents.EMPTY;
	}

	/** A value that fills the rest of its line (bar a comment). */
	private Event scalarToLineEnd(int at) {
		Event scalar;
		int after;
		if (this.b[at] == '"' || this.b[at] == '\'') {
			after = BlockYamlText.quotedEnd(this.b, at, this.end);
			require(after != BlockYamlText.OUT);
			scalar = quoted(at, after);
			int rest = BlockYamlText.skipSpaces(this.b, after, this.end);
			require(rest == this.end || this.b[rest] == '\n' || (rest > after && this.b[rest] == '#'));
			after = rest;
		}
		else {
			require(BlockYamlText.plainStart(this.b, at, this.end));
			after = BlockYamlText.plainEnd(this.b, at, this.end);
			require(after != BlockYamlText.OUT);
			scalar = plain(at, after);
		}
		this.pos = BlockYamlText.lineAfter(this.b, after, this.end);
		this.state = State.LINE;
		return scalar;
	}

	private Event open(byte kind, int at) {
		require(this.depth < MAX_DEPTH);
		this.columns[this.depth] = at;
		this.kinds[this.depth++] = kind;
		return kind == MAPPING ? YamlEvents.MAPPING_START : YamlEvents.SEQUENCE_START;
	}

	/** The ':' after the key at {@code at} on one line, or {@link BlockYamlText#OUT} when no key is there. */
	private int keyAt(int at) {
		if (at != this.keyFrom) {
			this.keyFrom = at;
			this.keyColon = BlockYamlText.key(this.b, at, this.end);
		}
		return this.keyColon;
	}

	private Event plain(int from, int to) {
		return this.reading ? YamlEvents.plain(new String(this.b, from, to - from, StandardCharsets.UTF_8))
				: YamlEvents.EMPTY;
	}

	private Event quoted(int from, int close) {
		return this.reading ? YamlEvents.quoted(BlockYamlText.quoted(this.b, from, close), this.b[from] == '"')
				: YamlEvents.EMPTY;
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
