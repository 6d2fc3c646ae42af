package dev.plumbline.audit.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PracticeModel.PainSeverity;
import dev.plumbline.interchange.PracticeModel.Stage;

import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;

class UnaddressedPainPointRuleTests {

	private final UnaddressedPainPointRule rule = new UnaddressedPainPointRule();

	private static Journey journey() {
		return new Journey("visit", "Clinic visit", "patient", List.of(new Stage("book", "Booking", List.of("phone"),
				List.of(new PainPoint("low", "Music on hold", PainSeverity.LOW, null),
						new PainPoint("medium", "Long form", PainSeverity.MEDIUM, null),
						new PainPoint("high", "No answer", PainSeverity.HIGH, null),
						new PainPoint("critical", "Lost booking", PainSeverity.CRITICAL, "12 complaints")))));
	}

	@Test
	void flagsHighAndCriticalNotAddressed() {
		var findings = RuleTesting.run(this.rule, org().journey(journey()));
		assertThat(findings).extracting(f -> f.subject().key()).containsExactly("visit.book.high", "visit.book.critical");
		assertThat(findings.get(0).subject().kind()).isEqualTo("painPoint");
	}

	@Test
	void onlyPlannedOrActiveInitiativesAddress() {
		var org = org().journey(journey())
			.initiative(initiative("phones").status(InitiativeStatus.PLANNED).addresses("visit.book.high"))
			.initiative(initiative("old").status(InitiativeStatus.COMPLETED).addresses("visit.book.critical"))
			.initiative(initiative("idea").status(InitiativeStatus.PROPOSED).addresses("visit.book.critical"));
		var findings = RuleTesting.run(this.rule, org);
		assertThat(findings).extracting(f -> f.subject().key()).containsExactly("visit.book.critical");
		assertThat(findings.get(0).evidence()).containsEntry("otherInitiatives", List.of("old", "idea"));
	}

}
