package dev.plumbline.interchange;

import java.io.OutputStream;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The Jackson parsers and generators behind organization files, with limits that keep a hostile file from
 * exhausting memory or time: no YAML aliases are expanded (the reader refuses them), nesting stops at
 * 64 levels, and the document size is bounded.
 */
final class Factories {

	static final int MAX_NESTING = 64;

	/** The writers' factories, built the first time something is written (reading needs none of them). */
	private static final class Out {

		private static final TokenStreamFactory JSON_OUT = JsonFactory.builder()
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.build();

		private static final TokenStreamFactory YAML_OUT = YAMLFactory.builder()
			.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
			.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
			.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
			.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
			.disable(YAMLWriteFeature.SPLIT_LINES)
			.enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
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

	}

	private Factories() {
	}

	static JsonParser parser(byte[] content, FileFormat format, long maxBytes) {
		return parser(content, format, maxBytes, true);
	}

	/**
	 * As {@link #parser(byte[], FileFormat, long)}; {@code blockYaml} false always reads YAML with
	 * snakeyaml-engine (the tests compare both).
	 */
	static JsonParser parser(byte[] content, FileFormat format, long maxBytes, boolean blockYaml) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxNestingDepth(MAX_NESTING)
			.maxDocumentLength(maxBytes)
			.maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
			.maxNumberLength(100)
			.build();
		if (format == FileFormat.JSON) {
			return JsonFactory.builder()
				.streamReadConstraints(constraints)
				.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
				.build()
				.createParser(ObjectReadContext.empty(), content);
		}
		YAMLFactory yaml = YAMLFactory.builder()
			.loadSettings(LoadSettings.builder()
				.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes))
				.setMaxAliasesForCollections(50)
				.setAllowRecursiveKeys(false)
				.build())
			.streamReadConstraints(constraints)
			.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
			.build();
		TokenStreamFactory factory = blockYaml ? new BlockYamlParser.Factory(yaml) : yaml;
		return factory.createParser(ObjectReadContext.empty(), content);
	}

	static JsonGenerator generator(OutputStream out, FileFormat format) {
		return format == FileFormat.JSON ? Out.JSON_OUT.createGenerator(Out.PRETTY, out) : Out.YAML_OUT.createGenerator(out);
	}

}
