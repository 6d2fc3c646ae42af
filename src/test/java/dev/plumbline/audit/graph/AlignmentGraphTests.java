package dev.plumbline.audit.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PracticeModel.Gwc;
import dev.plumbline.interchange.PlanModel.Initiative;

import static dev.plumbline.audit.OrgMother.AS_OF;
import static dev.plumbline.audit.OrgMother.checkIn;
import static dev.plumbline.audit.OrgMother.daysAgo;
import static dev.plumbline.audit.OrgMother.initiative;
import static dev.plumbline.audit.OrgMother.kr;
import static dev.plumbline.audit.OrgMother.krDown;
import static dev.plumbline.audit.OrgMother.objective;
import static dev.plumbline.audit.OrgMother.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlignmentGraphTests {

	@Test
	void pillarsFlowDownTheParentChainOwnFirst() {
		var graph = AlignmentGraph.of(org().pillar("a", 1)
			.pillar("b", 1)
			.objective(objective("child").parent("root").pillars("b", "unknown"))
			.objective(objective("root").pillars("a"))
			.objective(objective("grandchild").parent("child"))
			.build());
		assertThat(graph.objectives().pillars("grandchild")).containsExactly("b", "a");
		assertThat(graph.objectives().pillars("root")).containsExactly("a");
		assertThat(graph.objectives().pillars("missing")).isEmpty();
	}

	@Test
	void initiativeServesItsOwnPillarsAndThoseOfItsObjectives() {
		var file = org().pillar("a", 1)
			.pillar("b", 1)
			.objective(objective("root").pillars("b"))
			.objective(objective("child").parent("root"))
			.initiative(initiative("i").pillars("a").objectives("child"))
			.build();
		Initiative initiative = file.initiatives().get(0);
		assertThat(AlignmentGraph.of(file).pillarsOf(initiative)).containsExactly("a", "b");
	}

	@Test
	void aVeryDeepChainNeedsNoStack() {
		var org = org().pillar("a", 1);
		for (int i = 19_999; i > 0; i--) { // leaves first: the first walk climbs the whole chain
			org.objective(objective("o" + i).parent("o" + (i - 1)));
		}
		org.objective(objective("o0").pillars("a"));
		var graph = AlignmentGraph.of(org.build());
		assertThat(graph.objectives().pillars("o19999")).containsExactly("a");
		assertThat(graph.objectives().progress("o0")).isZero();
	}

	@Test
	void progressRollsUpKeyResultsAndChildren() {
		var graph = AlignmentGraph.of(org()
			.objective(objective("parent").kr(kr("half", "0", "10", checkIn(AS_OF, "5"))).kr(kr("vague", "0", null)))
			.objective(objective("child").parent("parent").kr(krDown("down", "20", "10", checkIn(daysAgo(3), "18"),
					checkIn(AS_OF, "15"))))
			.objective(objective("over").parent("parent").kr(kr("beyond", "0", "10", checkIn(AS_OF, "12"))))
			.build());
		assertThat(graph.objectives().progress("child")).isCloseTo(50, within(1e-9));
		assertThat(graph.objectives().progress("over")).isCloseTo(100, within(1e-9));
		assertThat(graph.objectives().progress("parent")).isCloseTo((50 + 50 + 100) / 3.0, within(1e-9));
		assertThat(graph.objectives().children("parent")).extracting(o -> o.key()).containsExactly("child", "over");
	}

	@Test
	void latestFitIsTheLatestDatedOneAndTheLaterOnATie() {
		Fit undated = new Fit("p", "s", null, Map.of(), new Gwc(false, false, false), "undated");
		Fit older = new Fit("p", "s", daysAgo(10), Map.of(), new Gwc(true, true, true), "older");
		Fit newer = new Fit("p", "s", daysAgo(1), Map.of(), new Gwc(true, true, true), "newer");
		Fit tie = new Fit("p", "s", daysAgo(1), Map.of(), new Gwc(true, true, true), "tie");
		var file = org().fit(newer).fit(undated).fit(older).fit(tie).build();
		assertThat(AlignmentGraph.of(file).latestFits().get("p").notes()).isEqualTo("tie");
	}

	@Test
	void painPointsAreKeyedByJourneyStageAndKey() {
		var file = org().initiative(initiative("i").addresses("j.s.p")).build();
		assertThat(AlignmentGraph.of(file).addressing("j.s.p")).extracting(Initiative::key).containsExactly("i");
		assertThat(AlignmentGraph.of(file).addressing("j.s.q")).isEqualTo(List.of());
	}

}
