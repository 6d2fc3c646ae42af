package dev.plumbline.audit.rule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.OrgMother;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Audience;

import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.org;
import static dev.plumbline.audit.OrgMother.question;
import static dev.plumbline.audit.OrgMother.responses;
import static org.assertj.core.api.Assertions.assertThat;

/** Every answer 4 of 5: perceived 80. Measured 54 is 26 apart, 55 is 25, 56 is 24. */
class PerceptionGapRuleTests {

	private static List<Finding> run(OrgMother.Org org, Map<String, Integer> measured) {
		OrganizationFile file = org.build();
		return new PerceptionGapRule(measured).apply(AlignmentGraph.of(file), OrgMother.AS_OF, Thresholds.of(file.audit()));
	}

	private static OrgMother.Org surveyed(String... teams) {
		var org = org();
		List<OrganizationFile.Response> all = new java.util.ArrayList<>();
		for (String team : teams) {
			org.team(team);
			all.addAll(responses(team, 5, "q", 4));
		}
		return org.survey("pulse", Audience.EMPLOYEES, daysAgo(5), List.of(question("q", 5)), all);
	}

	@Test
	void gapBoundaryBothWays() {
		var findings = run(surveyed("m54", "m55", "m56", "m105"), Map.of("m54", 54, "m55", 55, "m56", 56, "m105", 100));
		assertThat(findings).extracting(f -> f.subject().key()).containsExactly("m54");
		assertThat(findings.get(0).evidence()).containsEntry("perceived", new java.math.BigDecimal("80"))
			.containsEntry("measured", 54)
			.containsEntry("gap", new java.math.BigDecimal("26"));
		var below = run(surveyed("t"), Map.of("t", 106)).get(0);
		assertThat(below.action()).startsWith("Ask 'Team t' why it feels less aligned");
	}

	@Test
	void noMeasuredIndexOrTooFewResponsesOrNoEmployeesSurveyIsNotJudged() {
		assertThat(run(surveyed("t"), Map.of())).isEmpty();
		var small = org().team("t")
			.survey("pulse", Audience.EMPLOYEES, daysAgo(5), List.of(question("q", 5)), responses("t", 4, "q", 1));
		assertThat(run(small, Map.of("t", 100))).isEmpty();
		var customers = org().team("t")
			.survey("panel", Audience.CUSTOMERS, daysAgo(5), List.of(question("q", 5)), responses("t", 5, "q", 1));
		assertThat(run(customers, Map.of("t", 100))).isEmpty();
	}

}
