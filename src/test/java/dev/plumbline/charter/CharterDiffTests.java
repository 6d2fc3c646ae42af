package dev.plumbline.charter;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.charter.CharterDiff.ChangeKind;
import dev.plumbline.charter.TextDiff.Kind;
import dev.plumbline.charter.TextDiff.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class CharterDiffTests {

	@Test
	void marksChangedWordsOnly() {
		assertThat(TextDiff.between("We run clinics for everyone.", "We run small clinics for every family."))
			.containsExactly(new Segment(Kind.SAME, "We run "), new Segment(Kind.ADDED, "small "),
					new Segment(Kind.SAME, "clinics for "), new Segment(Kind.REMOVED, "everyone."),
					new Segment(Kind.ADDED, "every family."));
	}

	@Test
	void identicalTextsAreOneSameSegment() {
		assertThat(TextDiff.between("Same words", "Same words")).containsExactly(new Segment(Kind.SAME, "Same words"));
		assertThat(TextDiff.between("", "")).isEmpty();
	}

	@Test
	void matchesValuesAndPillarsByKey() {
		CharterContent before = new CharterContent("V", "M",
				List.of(new CharterValue("candor", "Candor", "Say it", List.of("Raise concerns"))),
				List.of(new Pillar("access", "Access", "", 3), new Pillar("quality", "Quality", "", 4)));
		CharterContent after = new CharterContent("V", "M",
				List.of(new CharterValue("candor", "Honesty", "Say it", List.of("Raise concerns early"))),
				List.of(new Pillar("quality", "Quality", "", 4), new Pillar("access", "Access", "", 5),
						new Pillar("people", "People", "", 2)));
		CharterDiff diff = CharterDiff.between(1, before, 2, after);
		assertThat(diff.visionChanged()).isFalse();
		assertThat(diff.missionChanged()).isFalse();
		assertThat(diff.values()).singleElement().satisfies(change -> {
			assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
			assertThat(change.details()).containsExactly("renamed from \"Candor\"",
					"behaviour added: \"Raise concerns early\"", "behaviour removed: \"Raise concerns\"");
		});
		assertThat(diff.pillars()).extracting(CharterDiff.ItemChange::kind, CharterDiff.ItemChange::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "quality"),
					org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "access"),
					org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "people"));
		assertThat(diff.summary()).contains("pillar \"Access\": weight 3 → 5, moved from position 1 to 2",
				"pillar \"People\" added", "value \"Honesty\": renamed from \"Candor\"");
	}

	@Test
	void reportsRemovalsAndNoChange() {
		CharterContent content = new CharterContent("V", "M", List.of(), List.of(new Pillar("a", "A", "", 3)));
		assertThat(CharterDiff.between(1, content, 2, content).empty()).isTrue();
		assertThat(CharterDiff.between(1, content, 2, CharterContent.EMPTY).summary())
			.isEqualTo("Vision edited; Mission edited; pillar \"A\" removed");
	}

}
