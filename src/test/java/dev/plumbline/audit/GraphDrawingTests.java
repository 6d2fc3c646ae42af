package dev.plumbline.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.Charter;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;
import dev.plumbline.interchange.PlanModel.Pillar;

import static org.assertj.core.api.Assertions.assertThat;

class GraphDrawingTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Objective objective(String key, String parent, List<String> pillars, ObjectiveStatus status) {
		return new Objective(key, "Objective " + key, null, null, null, parent, pillars, 0, null, null, status,
				List.of(new KeyResult("kr1", "Result of " + key, "%", null, null, OrganizationFile.Direction.INCREASE, List.of())));
	}

	static Initiative initiative(String key, List<String> pillars, List<String> objectives) {
		return new Initiative(key, "Initiative " + key, null, null, InitiativeStatus.ACTIVE, null, null, null, null,
				pillars, objectives, List.of(), null);
	}

	static OrganizationFile file(List<Objective> objectives, List<Initiative> initiatives) {
		return OrganizationFile.empty(new OrganizationFile.Organization("Northwind", "northwind"))
			.withCharter(new Charter("v", "m", List.of(), List.of(new Pillar("access", "Access", "", 3),
					new Pillar("quality", "Quality", "", 2))))
			.withObjectives(objectives)
			.withInitiatives(initiatives);
	}

	static AuditReport report(Finding... findings) {
		return new AuditReport("Northwind", LocalDate.of(2026, 11, 1), new AlignmentIndex(
				new AlignmentIndex.Score(null, "Northwind", 80, List.of()), List.of(), List.of()), List.of(findings));
	}

	static Finding finding(FindingCode code, String kind, String key) {
		return new Finding(code, code.severity(), new Subject(kind, key, key), Map.of(), "act");
	}

	@Test
	void drawsTheCascadeUnderTheFirstPillarWithKeyResultsAndColoursByTheWorstFinding() {
		OrganizationFile file = file(List.of(objective("top", null, List.of("access"), ObjectiveStatus.ACTIVE),
				objective("child", "top", List.of(), ObjectiveStatus.ACTIVE)),
				List.of(initiative("app", List.of("quality"), List.of())));
		JsonNode tree = JSON.readTree(GraphDrawing.of(file, report(finding(FindingCode.SMART_TIMEBOUND, "objective", "child"),
				finding(FindingCode.ZOMBIE_INITIATIVE, "initiative", "app"), finding(FindingCode.STALE_OBJECTIVE, "objective", "child"))));

		assertThat(tree.get("series")).hasSize(1);
		JsonNode root = tree.get("series").get(0).get("data").get(0);
		assertThat(root.get("name").asString()).isEqualTo("Northwind");
		JsonNode access = root.get("children").get(0);
		assertThat(access.get("name").asString()).isEqualTo("Access");
		JsonNode top = access.get("children").get(0);
		assertThat(top.get("url").asString()).isEqualTo("/o/northwind/objectives/key/top");
		assertThat(top.get("itemStyle").get("color").asString()).isEqualTo(HealthColours.HEALTHY);
		assertThat(top.get("children")).extracting(node -> node.get("name").asString())
			.containsExactly("Result of top", "Objective child");
		JsonNode child = top.get("children").get(1);
		assertThat(child.get("itemStyle").get("color").asString()).isEqualTo(HealthColours.WARNING);
		JsonNode app = root.get("children").get(1).get("children").get(0);
		assertThat(app.get("symbol").asString()).isEqualTo("diamond");
		assertThat(app.get("itemStyle").get("color").asString()).isEqualTo(HealthColours.CRITICAL);
	}

	@Test
	void setsWhatServesNoPillarApartInItsOwnTree() {
		OrganizationFile file = file(List.of(objective("lost", null, List.of(), ObjectiveStatus.ACTIVE),
				objective("lost-child", "lost", List.of(), ObjectiveStatus.ACTIVE),
				objective("fine", null, List.of("access"), ObjectiveStatus.COMPLETED)),
				List.of(initiative("orphan", List.of(), List.of()), initiative("through", List.of(), List.of("fine"))));
		JsonNode series = JSON.readTree(GraphDrawing.of(file, report())).get("series");

		assertThat(series).hasSize(2);
		JsonNode apart = series.get(1).get("data").get(0);
		assertThat(apart.get("name").asString()).isEqualTo("Not connected to the charter");
		assertThat(apart.get("children")).extracting(node -> node.get("name").asString())
			.containsExactly("Objective lost", "Initiative orphan");
		assertThat(apart.get("children").get(0).get("children")).extracting(node -> node.get("name").asString())
			.contains("Objective lost-child");
		JsonNode fine = series.get(0).get("data").get(0).get("children").get(0).get("children").get(0);
		assertThat(fine.get("itemStyle").get("borderColor").asString()).isEqualTo("#9aa5a8");
	}

	@Test
	void drawsLargeOrganizationsCollapsedWithoutKeyResultsAndWithinTheNodeBudget() {
		List<Objective> objectives = new ArrayList<>();
		for (int i = 0; i < 6000; i++) {
			objectives.add(objective("o" + i, null, List.of("access"), ObjectiveStatus.ACTIVE));
		}
		JsonNode series = JSON.readTree(GraphDrawing.of(file(objectives, List.of()), report())).get("series").get(0);

		assertThat(series.get("initialTreeDepth").asInt()).isEqualTo(2);
		JsonNode access = series.get("data").get(0).get("children").get(0);
		assertThat(access.get("children").size()).isEqualTo(GraphDrawing.NODES_AT_MOST + 1);
		assertThat(access.get("children").get(GraphDrawing.NODES_AT_MOST).get("name").asString())
			.isEqualTo("+2000 more not drawn");
		assertThat(access.get("children").get(0).has("children")).isFalse();
	}

}
