package dev.plumbline.bench.generate;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.plumbline.interchange.FileFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A streaming writer of one organization file: a Jackson token generator configured like the
 * application's own writer, with helpers that leave absent values out, and a count of the rows written
 * (entities, as the importer would store them). Nothing is buffered beyond the generator's own buffer.
 */
final class Sink implements AutoCloseable {

	private static final TokenStreamFactory JSON = JsonFactory.builder()
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.build();

	private static final TokenStreamFactory YAML = YAMLFactory.builder()
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.build();

	private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {

		@Override
		public PrettyPrinter getPrettyPrinter() {
			DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
			return new DefaultPrettyPrinter(
					Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
				.withArrayIndenter(indenter)
				.withObjectIndenter(indenter);
		}

		@Override
		public boolean hasPrettyPrinter() {
			return true;
		}

	};

	private final JsonGenerator out;

	private final FileFormat format;

	private long rows;

	Sink(OutputStream stream, FileFormat format) {
		this.format = format;
		this.out = format == FileFormat.JSON ? JSON.createGenerator(PRETTY, stream) : YAML.createGenerator(stream);
	}

	long rows() {
		return this.rows;
	}

	/** Starts an entity (an object in a list) and counts it as a row. */
	Sink row() {
		this.rows++;
		this.out.writeStartObject();
		return this;
	}

	Sink object(String name) {
		this.out.writeName(name);
		this.out.writeStartObject();
		return this;
	}

	Sink startObject() {
		this.out.writeStartObject();
		return this;
	}

	Sink end() {
		this.out.writeEndObject();
		return this;
	}

	Sink list(String name) {
		this.out.writeName(name);
		this.out.writeStartArray();
		return this;
	}

	Sink endList() {
		this.out.writeEndArray();
		return this;
	}

	Sink text(String name, String value) {
		if (value != null) {
			this.out.writeName(name);
			this.out.writeString(value);
		}
		return this;
	}

	Sink whole(String name, long value) {
		this.out.writeName(name);
		this.out.writeNumber(value);
		return this;
	}

	Sink number(String name, BigDecimal value) {
		if (value != null) {
			this.out.writeName(name);
			this.out.writeNumber(value);
		}
		return this;
	}

	/** A number given in tenths, written without trailing zeros (12.5, 12). */
	Sink tenths(String name, long tenths) {
		return number(name, tenths % 10 == 0 ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1));
	}

	Sink flag(String name, boolean value) {
		this.out.writeName(name);
		this.out.writeBoolean(value);
		return this;
	}

	Sink date(String name, LocalDate value) {
		return text(name, value == null ? null : value.toString());
	}

	/** A list of strings; an empty list is left out (the same thing to the reader). */
	Sink texts(String name, List<String> values) {
		if (!values.isEmpty()) {
			this.out.writeName(name);
			this.out.writeStartArray();
			for (String value : values) {
				this.out.writeString(value);
			}
			this.out.writeEndArray();
		}
		return this;
	}

	@Override
	public void close() {
		this.out.flush();
		if (this.format == FileFormat.JSON) {
			this.out.writeRaw('\n');
		}
		this.out.close();
	}

}
