package dev.plumbline.interchange;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads one YAML document both ways, the fast subset reader and snakeyaml-engine, and holds the results
 * against each other: the events, the Jackson tokens, and what {@link OrganizationFiles#read} makes of it.
 */
final class YamlDifferential {

	private static final long MAX = OrganizationFiles.DEFAULT_MAX_BYTES;

	private YamlDifferential() {
	}

	/**
	 * Asserts that the fast path gives what snakeyaml-engine gives for {@code text}, and returns whether the
	 * fast path took it (a file snakeyaml-engine refuses must never be taken).
	 */
	static boolean assertSame(String text) {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		boolean covered = BlockYamlEvents.covers(content, content.length);
		if (covered) {
			List<String> slow = snakeyamlEvents(text);
			assertThat(slow).as("snakeyaml-engine reads what the subset took:\n%s", text)
				.noneMatch(event -> event.startsWith("ERROR"));
			assertThat(fastEvents(content)).as("events of\n%s", text).isEqualTo(slow);
		}
		List<String> slowTokens = tokens(content, false);
		if (covered && slowTokens.get(slowTokens.size() - 1).startsWith("CRASH")) {
			// snakeyaml-engine 3.0.1 under Jackson fails on a character outside the BMP that straddles its
			// 1024-character buffer (IndexOutOfBoundsException); the events above show the fast path reads it right
			return true;
		}
		assertThat(tokens(content, true)).as("tokens of\n%s", text).isEqualTo(slowTokens);
		assertThat(read(content, true)).as("reading\n%s", text).isEqualTo(read(content, false));
		return covered;
	}

	static List<String> snakeyamlEvents(String text) {
		LoadSettings settings = LoadSettings.builder().build();
		ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, new StringReader(text)));
		List<String> events = new ArrayList<>();
		try {
			while (parser.hasNext()) {
				events.add(describe(parser.next()));
			}
		}
		catch (RuntimeException ex) {
			events.add("ERROR " + ex.getClass().getSimpleName());
		}
		return events;
	}

	static List<String> fastEvents(byte[] content) {
		BlockYamlEvents events = BlockYamlEvents.of(content, content.length);
		List<String> described = new ArrayList<>();
		for (Event event = events.next(); event != null; event = events.next()) {
			described.add(describe(event));
		}
		return described;
	}

	/** Everything about an event but its marks. */
	static String describe(Event event) {
		StringBuilder text = new StringBuilder(event.getEventId().toString());
		if (event instanceof NodeEvent node) {
			text.append(" anchor=").append(node.getAnchor());
		}
		if (event instanceof ScalarEvent scalar) {
			text.append(" tag=").append(scalar.getTag())
				.append(" implicit=").append(scalar.getImplicit().canOmitTagInPlainScalar())
				.append('/').append(scalar.getImplicit().canOmitTagInNonPlainScalar())
				.append(" style=").append(scalar.getScalarStyle())
				.append(" value=[").append(scalar.getValue()).append(']');
		}
		if (event instanceof CollectionStartEvent start) {
			text.append(" tag=").append(start.getTag()).append(" implicit=").append(start.isImplicit())
				.append(" flow=").append(start.getFlowStyle());
		}
		if (event instanceof DocumentStartEvent start) {
			text.append(" explicit=").append(start.isExplicit()).append(" version=").append(start.getSpecVersion())
				.append(" tags=").append(start.getTags());
		}
		if (event instanceof DocumentEndEvent end) {
			text.append(" explicit=").append(end.isExplicit());
		}
		return text.toString();
	}

	/** The Jackson tokens as {@link Cursor} and the value types see them, up to the end or the first error. */
	static List<String> tokens(byte[] content, boolean blockYaml) {
		List<String> tokens = new ArrayList<>();
		try (JsonParser parser = Factories.parser(content, FileFormat.YAML, MAX, blockYaml)) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				tokens.add(describe(parser, token));
			}
		}
		catch (JacksonException ex) {
			tokens.add("ERROR " + ex.getOriginalMessage());
		}
		catch (RuntimeException ex) {
			tokens.add("CRASH " + ex.getClass().getSimpleName());
		}
		return tokens;
	}

	private static String describe(JsonParser parser, JsonToken token) {
		String text = token + " name=" + parser.currentName() + " alias=" + ((tools.jackson.dataformat.yaml.YAMLParser) parser).isCurrentAlias();
		if (token.isScalarValue()) {
			text += " text=[" + parser.getString() + "]";
		}
		if (token.isNumeric()) {
			try {
				text += " type=" + parser.getNumberType() + " decimal=" + parser.getDecimalValue();
			}
			catch (RuntimeException ex) {
				text += " number fails: " + ex.getClass().getSimpleName();
			}
		}
		return text;
	}

	/** The organization file read, or the problems found. */
	static Object read(byte[] content, boolean blockYaml) {
		try {
			return OrganizationFiles.read(content, FileFormat.YAML, MAX, blockYaml);
		}
		catch (InvalidFileException ex) {
			return ex.fileProblems();
		}
	}

}
