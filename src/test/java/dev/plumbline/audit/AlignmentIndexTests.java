package dev.plumbline.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.Organization;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PracticeModel.ReviewCadence;
import dev.plumbline.interchange.PlanModel.Seat;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.checkIn;
import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlignmentIndexTests {

	/** A healthy objective: pillar p, owner, due, a fresh on-track key result. */
	static OrgMother.ObjectiveBuilder healthy(String key) {
		return objective(key).pillars("p").kr(kr("k", "0", "10", checkIn(AS_OF, "5", "0.9")));
	}

	static OrgMother.Org base() {
		return org().pillar("p", 1)
			.initiative(initiative("i").pillars("p").start(AS_OF))
			.review(new Review("r", ReviewCadence.QUARTERLY, AS_OF, List.of()));
	}

	@Test
	void emptyOrganizationScoresHundredWithoutDeductions() {
		AuditReport report = AuditEngine.run(OrganizationFile.empty(new Organization("Empty", "empty")), AS_OF);
		assertThat(report.findings()).isEmpty();
		assertThat(report.index().organization().value()).isEqualTo(100);
		assertThat(report.index().organization().deductions()).isEmpty();
		assertThat(report.index().pillars()).isEmpty();
		assertThat(report.index().teams()).isEmpty();
	}

	@Test
	void healthyOrganizationScoresHundred() {
		AuditReport report = AuditEngine.run(base().objective(healthy("a")).build(), AS_OF);
		assertThat(report.findings()).isEmpty();
		assertThat(report.index().organization().value()).isEqualTo(100);
		assertThat(report.index().pillars()).singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(100));
	}

	@Test
	void oneCriticalAmongFiveNodesCostsTwentyPoints() {
		// nodes: pillar p, initiative i, review r, objectives a and b; b has one critical (SMART_RELEVANT)
		var org = base().objective(healthy("a")).objective(objective("b").kr(kr("k", "0", "10", checkIn(AS_OF, "5", "0.9"))));
		AuditReport report = AuditEngine.run(org.build(), AS_OF);
		assertThat(report.findings()).extracting(Finding::code).containsExactly(FindingCode.SMART_RELEVANT);
		AlignmentIndex.Score organization = report.index().organization();
		assertThat(organization.value()).isEqualTo(80);
		assertThat(organization.deductions()).singleElement().satisfies(d -> {
			assertThat(d.finding().subject().key()).isEqualTo("b");
			assertThat(d.points()).isCloseTo(20, within(1e-9));
		});
		// the pillar's group (p, i, r is not in it; a) has no loss: b does not serve p
		assertThat(report.index().pillars().get(0).value()).isEqualTo(100);
	}

	@Test
	void nodeLossIsCappedAtOneAndSharedByWeight() {
		// objective b: SMART_RELEVANT (critical 1.0) + SMART_TIMEBOUND (warning 0.5) = 1.5, capped at 1
		var org = base().objective(healthy("a"))
			.objective(objective("b").due(null).kr(kr("k", "0", "10", checkIn(AS_OF, "5", "0.9"))));
		AuditReport report = AuditEngine.run(org.build(), AS_OF);
		Map<FindingCode, Double> points = new java.util.HashMap<>();
		report.index().organization().deductions().forEach(d -> points.put(d.finding().code(), d.points()));
		assertThat(points.get(FindingCode.SMART_RELEVANT)).isCloseTo(20 * 1.0 / 1.5, within(1e-9));
		assertThat(points.get(FindingCode.SMART_TIMEBOUND)).isCloseTo(20 * 0.5 / 1.5, within(1e-9));
		assertThat(report.index().organization().value()).isEqualTo(80);
		assertThat(report.index().organization().deductions().get(0).finding().code()).isEqualTo(FindingCode.SMART_RELEVANT);
	}

	@Test
	void keyResultFindingsCountAgainstTheirObjective() {
		var org = base().objective(healthy("a").kr(kr("vague", "0", null)));
		AuditReport report = AuditEngine.run(org.build(), AS_OF);
		assertThat(report.findings()).extracting(f -> f.subject().key()).containsExactly("a.vague");
		// four nodes (p, i, r, a); a loses 0.5
		assertThat(report.index().organization().value()).isEqualTo(88);
		assertThat(report.index().organization().deductions().get(0).points()).isCloseTo(12.5, within(1e-9));
		assertThat(report.index().pillars().get(0).value()).isEqualTo(83); // p, i, a: 100 × (1 − 0.5/3)
	}

	@Test
	void teamGroupHoldsItsObjectivesOwnersInitiativesSeatsAndPeople() {
		var org = base().team("t")
			.person("ann", "t")
			.person("bob", null)
			.objective(healthy("mine").team("t"))
			.initiative(initiative("owned").owner("ann").pillars("p").start(AS_OF))
			.initiative(initiative("elsewhere").owner("bob").pillars("p").start(AS_OF))
			.seat(new Seat("vacant", "Nurse", "t", null, "Care", List.of(), null));
		AuditReport report = AuditEngine.run(org.build(), AS_OF);
		// team t: objective mine, initiatives i (owner ann) and owned, seat vacant (EMPTY_SEAT 0.5) → 100 × (1 − 0.5/4)
		assertThat(report.index().teams()).singleElement().satisfies(t -> {
			assertThat(t.key()).isEqualTo("t");
			assertThat(t.name()).isEqualTo("Team t");
			assertThat(t.value()).isEqualTo(88);
			assertThat(t.deductions()).extracting(d -> d.finding().code()).containsExactly(FindingCode.EMPTY_SEAT);
		});
	}

	@Test
	void deductionsAddUpToWhatIsLostInEveryGroup() {
		AuditReport report = AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF);
		List<AlignmentIndex.Score> scores = new java.util.ArrayList<>(report.index().pillars());
		scores.addAll(report.index().teams());
		scores.add(report.index().organization());
		assertThat(report.index().organization().value()).isLessThan(100);
		for (AlignmentIndex.Score score : scores) {
			double lost = score.deductions().stream().mapToDouble(AlignmentIndex.Deduction::points).sum();
			assertThat(lost).as(score.name()).isCloseTo(100 - score.value(), within(0.5));
		}
		assertThat(report.index().organization().deductions()).hasSameSizeAs(report.findings());
	}

	@Test
	void equalDeductionsFollowTheReportOrder() {
		AuditReport report = AuditEngine.run(PlantedOrganization.build(), PlantedOrganization.AS_OF);
		List<AlignmentIndex.Deduction> deductions = report.index().organization().deductions();
		for (int i = 1; i < deductions.size(); i++) {
			AlignmentIndex.Deduction before = deductions.get(i - 1);
			AlignmentIndex.Deduction after = deductions.get(i);
			assertThat(before.points()).isGreaterThanOrEqualTo(after.points());
			if (before.points() == after.points()) {
				assertThat(report.findings().indexOf(before.finding())).isLessThan(report.findings().indexOf(after.finding()));
			}
		}
	}

}
