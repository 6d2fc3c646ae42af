package dev.plumbline.audit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Response;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.inDays;
import static dev.plumbline.audit.OrgMother.org;
import static dev.plumbline.audit.OrgMother.question;
import static dev.plumbline.audit.OrgMother.responses;
import static org.assertj.core.api.Assertions.assertThat;

/** Scale 5: 60 % is an average of 3. */
class LowAlignmentSentimentRuleTests {

	private final LowAlignmentSentimentRule rule = new LowAlignmentSentimentRule();

	private static List<Response> mixed(String team, int... answers) {
		List<Response> responses = new ArrayList<>();
		for (int answer : answers) {
			responses.add(new Response(team, Map.of("q", answer)));
		}
		return responses;
	}

	@Test
	void averageUnderSixtyPercentOfScaleBoundary() {
		List<Response> all = new ArrayList<>();
		all.addAll(mixed("under", 3, 3, 3, 3, 2)); // 2.8
		all.addAll(mixed("at", 3, 3, 3, 3, 3)); // 3.0
		all.addAll(mixed("over", 3, 3, 3, 3, 4)); // 3.2
		var org = org().team("under").team("at").team("over").survey("pulse", Audience.EMPLOYEES, daysAgo(5), List.of(question("q", 5)), all);
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).extracting(f -> f.subject().key()).containsExactly("under");
		assertThat(findings.get(0).subject().kind()).isEqualTo("team");
		assertThat(findings.get(0).evidence()).containsEntry("average", new java.math.BigDecimal("2.8"))
			.containsEntry("percentOfScale", new java.math.BigDecimal("56"))
			.containsEntry("responses", 5)
			.containsEntry("question", "q");
	}

	@Test
	void anonymityMinimumHidesSmallTeams() {
		List<Response> all = new ArrayList<>();
		all.addAll(responses("four", 4, "q", 1));
		all.addAll(responses("five", 5, "q", 1));
		all.addAll(responses(null, 9, "q", 1));
		var org = org().survey("pulse", Audience.EMPLOYEES, daysAgo(5), List.of(question("q", 5)), all);
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("five");
	}

	@Test
	void onlyTheLatestSurveyOfEachAudienceCounts() {
		var org = org().survey("old", Audience.EMPLOYEES, daysAgo(100), List.of(question("q", 5)), responses("a", 5, "q", 1))
			.survey("new", Audience.EMPLOYEES, daysAgo(5), List.of(question("q", 5)), responses("a", 5, "q", 5))
			.survey("future", Audience.EMPLOYEES, inDays(5), List.of(question("q", 5)), responses("a", 5, "q", 1))
			.survey("panel", Audience.CUSTOMERS, null, List.of(question("q", 10)), responses("b", 5, "q", 5));
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).extracting(f -> f.subject().key() + ":" + f.evidence().get("survey")).containsExactly("b:panel");
	}

	@Test
	void anonymityMinimumIsSettable() {
		var org = org().settings(new dev.plumbline.interchange.OrganizationFile.AuditSettings(null, null, null, null, null,
				null, null, null, 3, null, null, null))
			.survey("pulse", Audience.EMPLOYEES, daysAgo(5), List.of(question("q", 5)), responses("three", 3, "q", 1));
		assertThat(RuleTesting.keys(this.rule, org)).containsExactly("three");
	}

}
