package dev.plumbline.interchange;

import java.io.Reader;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Jackson's own {@link YAMLParser}, fed with the events of {@link BlockYamlEvents} instead of snakeyaml-engine's
 * scanner and parser, which cost nine times what reading the same data as JSON costs. Turning events into
 * tokens, typing scalars (YAML 1.2 JSON schema), numbers, aliases and limits all stay Jackson's code, so the
 * tokens are the same by construction (docs/adr/0011-fast-yaml-reader.md).
 */
final class BlockYamlParser extends YAMLParser {

	private final BlockYamlEvents events;

	private BlockYamlParser(ObjectReadContext readContext, IOContext ioContext, BufferRecycler recycler,
			int streamFeatures, int formatFeatures, BlockYamlEvents events) {
		super(readContext, ioContext, recycler, streamFeatures, formatFeatures, (Reader) null, (ParserImpl) null);
		this.events = events;
	}

	@Override
	protected Event nextEvent() {
		return this.events.next();
	}

	/**
	 * Skips snakeyaml-engine's scalar resolver (up to four regular expressions per scalar, most of the reading
	 * time once the scanner is gone) where its answer is known: quoted scalars are text; a plain scalar of
	 * the exact shape of its INT or FLOAT pattern is that (and is then decoded as Jackson does); a plain
	 * scalar that cannot be null, a boolean, a number or an environment variable is text. Anything else asks
	 * the resolver.
	 */
	@Override
	protected JsonToken _decodeScalar(ScalarEvent scalar) {
		String value = scalar.getValue();
		if (!scalar.getTag().isEmpty() || value.isEmpty()) {
			return super._decodeScalar(scalar);
		}
		this._textValue = value;
		this._cleanedTextValue = null;
		if (!scalar.getImplicit().canOmitTagInPlainScalar()) {
			return JsonToken.VALUE_STRING;
		}
		return switch (YamlScalars.shape(value)) {
			case TEXT -> JsonToken.VALUE_STRING;
			case INT -> _decodeNumberScalar(value, value.length());
			case FLOAT -> {
				// what YAMLParser._cleanYamlFloat does with a number without underscores
				this._numTypesValid = 0;
				this._cleanedTextValue = value;
				yield JsonToken.VALUE_NUMBER_FLOAT;
			}
			case UNKNOWN -> super._decodeScalar(scalar);
		};
	}

	/** A YAML factory whose parsers of byte arrays inside the subset are {@link BlockYamlParser}s. */
	static final class Factory extends YAMLFactory {

		private static final long serialVersionUID = 1L;

		Factory(YAMLFactory configured) {
			super(configured);
		}

		@Override
		protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset,
				int length) {
			long limit = ioContext.streamReadConstraints().getMaxDocumentLength();
			if (offset == 0 && (limit <= 0 || length <= limit) && BlockYamlEvents.covers(data, length)) {
				return new BlockYamlParser(readContext, ioContext, _getBufferRecycler(),
						readContext.getStreamReadFeatures(this._streamReadFeatures),
						readContext.getFormatReadFeatures(this._formatReadFeatures), BlockYamlEvents.of(data, length));
			}
			return super._createParser(readContext, ioContext, data, offset, length);
		}

	}

}
