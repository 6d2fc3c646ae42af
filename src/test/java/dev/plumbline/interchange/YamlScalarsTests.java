package dev.plumbline.interchange;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link YamlScalars} never says otherwise than snakeyaml-engine's resolver, which Jackson's YAML parser asks. */
class YamlScalarsTests {

	private static final JsonScalarResolver RESOLVER = new JsonScalarResolver();

	@ParameterizedTest
	@ValueSource(strings = { "0", "-0", "7", "-12", "1234567890123456789012", "1.5", "1.", "-0.25", "1e5", "1E+5",
			"2e-3", "0.5e10", "012", "1_000", "+1", ".5", "-.5", ".inf", "-.inf", ".nan", "0x1F", "0o17", "1e", "1e+",
			"-", "1.2.3", "2026-11-01", "true", "false", "True", "null", "Null", "~", "n", "t", "f", "nan", "$x",
			"${HOME}", "text", "é", "-a", "- 1", "1 ", " 1" })
	void agreesWithTheResolver(String value) {
		assertAgrees(value);
	}

	@Test
	void answersTheCommonScalarsItself() {
		assertThat(YamlScalars.shape("42")).isEqualTo(YamlScalars.Shape.INT);
		assertThat(YamlScalars.shape("-0.25")).isEqualTo(YamlScalars.Shape.FLOAT);
		assertThat(YamlScalars.shape("2026-11-01")).isEqualTo(YamlScalars.Shape.TEXT);
		assertThat(YamlScalars.shape("t12")).isEqualTo(YamlScalars.Shape.TEXT);
		assertThat(YamlScalars.shape("true")).isEqualTo(YamlScalars.Shape.UNKNOWN);
	}

	@Test
	void agreesWithTheResolverOnRandomText() {
		Random random = new Random(20261124L);
		String alphabet = "0123456789-+.eE_xotrufalsn$ {}aT~";
		for (int i = 0; i < 200_000; i++) {
			StringBuilder value = new StringBuilder();
			for (int n = 1 + random.nextInt(8); n > 0; n--) {
				value.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertAgrees(value.toString());
		}
	}

	private static void assertAgrees(String value) {
		Tag tag = RESOLVER.resolve(value, true);
		switch (YamlScalars.shape(value)) {
			case TEXT -> assertThat(tag).as(value).isEqualTo(Tag.STR);
			case INT -> assertThat(tag).as(value).isEqualTo(Tag.INT);
			case FLOAT -> assertThat(tag).as(value).isEqualTo(Tag.FLOAT);
			case UNKNOWN -> {
				// only the resolver knows
			}
		}
	}

}
