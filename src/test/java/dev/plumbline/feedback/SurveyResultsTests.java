package dev.plumbline.feedback;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.feedback.SurveyResults.Figure;
import dev.plumbline.feedback.SurveyResults.Group;
import dev.plumbline.feedback.SurveyResults.QuestionResult;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyResultsTests {

	@Test
	void aGroupOfFourShowsNoFigureAndAGroupOfFiveDoes() {
		assertThat(Figure.of(4, 16, 5, 5)).isEqualTo(Figure.NOT_ENOUGH);
		Figure five = Figure.of(5, 17, 5, 5);
		assertThat(five.enough()).isTrue();
		assertThat(five.responses()).isEqualTo(5);
		assertThat(five.average()).isEqualByComparingTo(new BigDecimal("3.40"));
		assertThat(five.share()).isEqualTo(68);
	}

	@Test
	void everyoneIsWithheldWhenTheHiddenGroupsAddUpToFewerThanTheMinimum() {
		// everyone (12) minus east (9) would give away west's 3 answers
		QuestionResult result = QuestionResult.of("q", "Q", 5,
				List.of(new Group("east", "East", 9, 36), new Group("west", "West", 3, 3)), 5);
		assertThat(result.overall()).isEqualTo(Figure.WITHHELD);
		assertThat(result.teams()).extracting(t -> t.figure().enough()).containsExactly(true, false);
	}

	@Test
	void everyoneIsShownWhenTheHiddenGroupsTogetherReachTheMinimum() {
		QuestionResult result = QuestionResult.of("q", "Q", 5, List.of(new Group("east", "East", 9, 36),
				new Group("west", "West", 3, 3), new Group(null, null, 2, 10)), 5);
		assertThat(result.overall().enough()).isTrue();
		assertThat(result.overall().average()).isEqualByComparingTo(new BigDecimal("3.50"));
		assertThat(result.teams()).extracting(t -> t.teamKey()).containsExactly("east", "west", null);
	}

	@Test
	void everyoneIsShownWhenNoGroupIsHidden() {
		QuestionResult result = QuestionResult.of("q", "Q", 7,
				List.of(new Group("b", "B", 5, 35), new Group("a", "A", 6, 6)), 5);
		assertThat(result.overall().share()).isEqualTo(53); // 41 / 11 = 3.73 of 7
		assertThat(result.teams()).extracting(t -> t.teamName()).containsExactly("A", "B");
	}

}
