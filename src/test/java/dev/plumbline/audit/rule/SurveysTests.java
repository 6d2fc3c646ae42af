package dev.plumbline.audit.rule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.inDays;
import static dev.plumbline.audit.OrgMother.question;
import static org.assertj.core.api.Assertions.assertThat;

class SurveysTests {

	private static Survey survey(String key, Audience audience, java.time.LocalDate date) {
		return new Survey(key, key, audience, date, List.of(question("a", 5), question("b", 10)), List.of());
	}

	@Test
	void latestIsTheLatestDatedUpToAsOfUndatedOldestLaterWinsTies() {
		List<Survey> surveys = List.of(survey("undated", Audience.EMPLOYEES, null),
				survey("old", Audience.EMPLOYEES, daysAgo(30)), survey("tie-1", Audience.EMPLOYEES, daysAgo(1)),
				survey("tie-2", Audience.EMPLOYEES, daysAgo(1)), survey("future", Audience.EMPLOYEES, inDays(1)),
				survey("other", Audience.CUSTOMERS, AS_OF));
		assertThat(Surveys.latest(surveys, Audience.EMPLOYEES, AS_OF).key()).isEqualTo("tie-2");
		assertThat(Surveys.latest(surveys.subList(0, 1), Audience.EMPLOYEES, AS_OF).key()).isEqualTo("undated");
		assertThat(Surveys.latest(List.of(survey("u1", Audience.EMPLOYEES, null), survey("u2", Audience.EMPLOYEES, null)),
				Audience.EMPLOYEES, AS_OF).key()).isEqualTo("u2");
		assertThat(Surveys.latest(surveys, Audience.STAKEHOLDERS, AS_OF)).isNull();
	}

	@Test
	void perceivedIsTheMeanShareOfTheScaleOverEveryAnswer() {
		Survey survey = survey("s", Audience.EMPLOYEES, AS_OF);
		// 5/5 = 1.0, 5/10 = 0.5, 1/5 = 0.2 (the second response skips b) → mean 0.5667
		List<Response> responses = List.of(new Response("t", Map.of("a", 5, "b", 5)), new Response("t", Map.of("a", 1)));
		assertThat(Surveys.perceived(survey, responses)).isCloseTo(100 * 1.7 / 3, org.assertj.core.api.Assertions.within(1e-9));
		assertThat(Surveys.perceived(survey, List.of())).isNull();
		assertThat(Surveys.byTeam(new Survey("s", "s", Audience.EMPLOYEES, AS_OF, List.of(),
				List.of(new Response("x", Map.of()), new Response(null, Map.of()), new Response("y", Map.of()),
						new Response("x", Map.of())))))
			.containsOnlyKeys("x", "y")
			.hasEntrySatisfying("x", r -> assertThat(r).hasSize(2));
	}

}
