package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fast YAML reader takes and what it leaves to snakeyaml-engine (ADR 0011); each case is also
 * read both ways and compared.
 */
class BlockYamlEventsTests {

	@ParameterizedTest
	@ValueSource(strings = { "a: 1\n", "a: 1", "a:\n", "a:\n  b: 1\n", "a:\n- 1\n- 2\n", "a:\n  - 1\n", "a:\n-\n- x\n",
			"a:\n- b: 1\n  c: 2\n- d: 3\n", "a:\n-   b: 1\n    c: x [y]\n", "a:\n  -\n    b: 1\n", "# c\na: 1 # c\n",
			"a: 'it''s'\n", "a: \"\\u00e9\\t\\\"\"\n", "\"a b\": 1\n'c': 2\n", "a: x:y\n", "a: C#\n", "a: -1\n",
			"a: 2026-11-01\n", "a:\n\n   # c\n  b: 1\n", "a: b\n  # c\nd: 1\n", "a: 1   \n", "a:   \n  b: c\n",
			"a: é\nü: 1\n", "a:\n  b:\n  - 1\n  c: 2\n" })
	void takesBlockStyleDocuments(String yaml) {
		assertThat(YamlDifferential.assertSame(yaml)).as(yaml).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "# only a comment\n", "- a\n", "a\n", "  a: 1\n", "---\na: 1\n", "a: 1\n...\n",
			"a: 1\n---\nb: 2\n", "%YAML 1.2\n---\na: 1\n", "a: [1, 2]\n", "a: {b: 1}\n", "a: |\n  x\n", "a: >\n  x\n",
			"a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: 1\n", "a:\tb\n", "a: 1\r\nb: 2\r\n", "\uFEFFa: 1\n",
			"a: b\n  c\n", "a:\n  b\n", "a: \"x\n  y\"\n", "a: 'x\n  y'\n", "a: b: c\n", "a : 1\n", "a: - b\n", "a: -\n",
			"a:\n    b: 1\n  c: 2\n", "a:\n  - 1\n  b: 2\n", "a: 1\n- 2\n", "a: \"x\" y\n", "a: \"\\q\"\n",
			"a: \u2028\n", "a: \u0085\n", "a: \"\\UFFFFFFFF\"\n", "a: ---x\n", "a: ...x\n", "a:\n- - 1\n" })
	void leavesEverythingElseToSnakeyaml(String yaml) {
		assertThat(YamlDifferential.assertSame(yaml)).as(yaml).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 31, 32, 40, 70 })
	void leavesDeepFilesToSnakeyamlWhichReportsTheLimit(int depth) {
		StringBuilder yaml = new StringBuilder("plumbline: 1\n");
		for (int i = 0; i < depth; i++) {
			yaml.append("  ".repeat(i)).append("a:\n");
		}
		String text = yaml.toString();
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		assertThat(BlockYamlEvents.covers(content, content.length)).isEqualTo(depth <= BlockYamlEvents.MAX_DEPTH);
		YamlDifferential.assertSame(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a: \u00ff", "a: \u00ff\u00fe" })
	void leavesBytesThatAreNotUtf8ToSnakeyaml(String latin1) {
		byte[] content = latin1.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(BlockYamlEvents.covers(content, content.length)).isFalse();
		assertThat(YamlDifferential.tokens(content, true)).isEqualTo(YamlDifferential.tokens(content, false));
	}

}
