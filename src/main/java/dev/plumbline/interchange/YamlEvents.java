package dev.plumbline.interchange;

import java.util.Optional;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;

/**
 * The snakeyaml-engine events of block-style YAML as its parser makes them (no anchor, no tag, no marks);
 * events are immutable, so those without a value are shared.
 */
final class YamlEvents {

	private static final ImplicitTuple PLAIN = new ImplicitTuple(true, false);

	private static final ImplicitTuple QUOTED = new ImplicitTuple(false, true);

	static final Event MAPPING_START = new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK,
			Optional.empty(), Optional.empty());

	static final Event SEQUENCE_START = new SequenceStartEvent(Optional.empty(), Optional.empty(), true,
			FlowStyle.BLOCK, Optional.empty(), Optional.empty());

	static final Event MAPPING_END = new MappingEndEvent();

	static final Event SEQUENCE_END = new SequenceEndEvent();

	/** The empty plain scalar of a key or entry without a value. */
	static final Event EMPTY = plain("");

	private YamlEvents() {
	}

	static Event plain(String value) {
		return new ScalarEvent(Optional.empty(), Optional.empty(), PLAIN, value, ScalarStyle.PLAIN, Optional.empty(),
				Optional.empty());
	}

	static Event quoted(String value, boolean doubleQuoted) {
		return new ScalarEvent(Optional.empty(), Optional.empty(), QUOTED, value,
				doubleQuoted ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED, Optional.empty(), Optional.empty());
	}

}
