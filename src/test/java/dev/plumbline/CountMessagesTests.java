package dev.plumbline;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The counts under lists agree with their number ("1 objective", not "1 objectives") and group large ones. */
class CountMessagesTests {

	private final ResourceBundleMessageSource messages = messages();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			count.objectives  | 0     | no objectives
			count.objectives  | 1     | 1 objective
			count.objectives  | 2     | 2 objectives
			count.objectives  | 40000 | 40,000 objectives
			count.kpis        | 1     | 1 KPI
			count.kpis        | 27    | 27 KPIs
			count.initiatives | 1     | 1 initiative
			count.initiatives | 2     | 2 initiatives
			count.changes     | 1     | 1 change recorded
			count.changes     | 6     | 6 changes recorded
			""")
	void aCountAgreesWithItsNumber(String code, long count, String expected) {
		assertThat(this.messages.getMessage(code, new Object[] { count }, Locale.UK)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1    | 1  | 1 person in 1 team
			12   | 3  | 12 people in 3 teams
			1200 | 80 | 1,200 people in 80 teams
			""")
	void peopleAndTeamsAgreeWithTheirNumbers(int people, int teams, String expected) {
		assertThat(this.messages.getMessage("count.peopleInTeams", new Object[] { people, teams }, Locale.UK))
			.isEqualTo(expected);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
