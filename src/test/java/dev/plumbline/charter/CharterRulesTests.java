package dev.plumbline.charter;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.shared.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class CharterRulesTests {

	@Test
	void acceptsACompleteCharter() {
		assertThat(check(new CharterContent("V", "M", List.of(value("Dignity")), List.of(pillar("Access", 1), pillar("Quality", 5)))))
			.isEmpty();
	}

	@Test
	void requiresAMission() {
		assertThat(check(new CharterContent("V", " \n ", List.of(), List.of()))).extracting(FieldProblem::field)
			.containsExactly("mission");
	}

	@Test
	void weightMustBeFromOneToFive() {
		assertThat(check(new CharterContent("", "M", List.of(),
				List.of(pillar("A", 0), pillar("B", 1), pillar("C", 5), pillar("D", 6), pillar("E", null)))))
			.extracting(FieldProblem::field)
			.containsExactly("pillars[0].weight", "pillars[3].weight", "pillars[4].weight");
	}

	@Test
	void pillarAndValueNamesAreUniqueIgnoringCaseAndBlanks() {
		assertThat(check(new CharterContent("", "M", List.of(value("Candor"), value(" candor ")),
				List.of(pillar("Access", 3), pillar("ACCESS", 2)))))
			.extracting(FieldProblem::field)
			.containsExactly("values[1].name", "pillars[1].name");
	}

	@Test
	void aValueAndAPillarMayShareAName() {
		assertThat(check(new CharterContent("", "M", List.of(value("Access")), List.of(pillar("Access", 3))))).isEmpty();
	}

	@Test
	void limitsLengthsAndCounts() {
		String long2001 = "x".repeat(2001);
		List<Pillar> many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> pillar("P" + i, 3)).toList();
		assertThat(check(new CharterContent(long2001, "M", List.of(new CharterValue(null, "n".repeat(81), "", List.of(" "))), many)))
			.extracting(FieldProblem::field)
			.contains("vision", "pillars", "values[0].name", "values[0].behaviors[0]");
	}

	@Test
	void generatesStableUniqueKeysFromNames() {
		CharterContent normalized = CharterRules.normalize(new CharterContent("", "M", List.of(),
				List.of(new Pillar(null, "Access to Care", "", 3), new Pillar("access-to-care-x", "B", "", 3),
						new Pillar(null, "Access: to care!", "", 3), new Pillar(null, "  ", "", 3))));
		assertThat(normalized.pillars()).extracting(Pillar::key)
			.containsExactly("access-to-care", "access-to-care-x", "access-to-care-2", "item");
	}

	@Test
	void rejectsMalformedOrDuplicateKeys() {
		assertThat(check(new CharterContent("", "M", List.of(),
				List.of(new Pillar("Bad Key", "A", "", 3), new Pillar("same", "B", "", 3), new Pillar("same", "C", "", 3)))))
			.extracting(FieldProblem::field)
			.containsExactly("pillars[0].key", "pillars[2].key");
	}

	private static List<FieldProblem> check(CharterContent content) {
		return CharterRules.check(CharterRules.normalize(content));
	}

	private static CharterValue value(String name) {
		return new CharterValue(null, name, "", Collections.emptyList());
	}

	private static Pillar pillar(String name, Integer weight) {
		return new Pillar(null, name, "", weight);
	}

}
