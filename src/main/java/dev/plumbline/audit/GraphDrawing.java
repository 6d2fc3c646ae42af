package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * Draws the alignment graph as an ECharts tree option: the charter, its pillars, the objectives
 * (cascading) and initiatives serving each pillar, their key results; each node coloured by the worst
 * finding about it. What serves no pillar stands apart in a second tree, "Not connected to the charter".
 * Large organizations are drawn collapsed below the pillars and without key results.
 */
final class GraphDrawing {

	static final int KEY_RESULTS_UP_TO = 400;

	static final int EXPANDED_UP_TO = 250;

	static final int NODES_AT_MOST = 4000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OrganizationFile file;

	private final String base;

	private final Map<String, Severity> worst = new HashMap<>();

	private final Map<String, List<Objective>> children = new HashMap<>();

	private final boolean keyResults;

	private final boolean collapsed;

	private int budget = NODES_AT_MOST;

	private int left;

	private GraphDrawing(OrganizationFile file, AuditReport report) {
		this.file = file;
		this.base = "/o/" + file.organization().slug();
		for (Finding finding : report.findings()) {
			this.worst.merge(finding.subject().kind() + ":" + finding.subject().key(), finding.severity(),
					(a, b) -> a.atLeast(b) ? a : b);
		}
		for (Objective objective : file.objectives()) {
			if (objective.parent() != null) {
				this.children.computeIfAbsent(objective.parent(), k -> new ArrayList<>()).add(objective);
			}
		}
		int size = file.objectives().size() + file.initiatives().size();
		this.keyResults = size <= KEY_RESULTS_UP_TO;
		this.collapsed = size > EXPANDED_UP_TO;
	}

	static String of(OrganizationFile file, AuditReport report) {
		return JSON.writeValueAsString(new GraphDrawing(file, report).option());
	}

	private Map<String, Object> option() {
		Set<String> relevant = ServesPillar.objectivesServingAPillar(this.file);
		Map<String, Object> root = node(this.file.organization().name(), "charter", null, null, "Vision, mission, values");
		List<Object> pillars = new ArrayList<>();
		for (OrganizationFile.Pillar pillar : this.file.charter().pillars()) {
			Map<String, Object> node = node(pillar.name(), "pillar", pillar.key(),
					this.base + "/charter#pillar-" + pillar.key(), "Pillar · weight " + pillar.weight());
			List<Object> under = new ArrayList<>();
			for (Objective objective : this.file.objectives()) {
				boolean top = objective.parent() == null || !relevant.contains(objective.parent());
				if (top && !objective.pillars().isEmpty() && objective.pillars().get(0).equals(pillar.key())) {
					add(under, () -> objective(objective));
				}
			}
			for (Initiative initiative : this.file.initiatives()) {
				if (!initiative.pillars().isEmpty() && initiative.pillars().get(0).equals(pillar.key())) {
					add(under, () -> initiative(initiative));
				}
			}
			noteLeftOut(under);
			node.put("children", under);
			pillars.add(node);
		}
		root.put("children", pillars);
		Map<String, Object> apart = node("Not connected to the charter", "apart", null, null,
				"Objectives and initiatives that serve no pillar");
		List<Object> orphans = new ArrayList<>();
		for (Objective objective : this.file.objectives()) {
			if (!relevant.contains(objective.key()) && (objective.parent() == null || relevant.contains(objective.parent()))) {
				add(orphans, () -> objective(objective));
			}
		}
		for (Initiative initiative : this.file.initiatives()) {
			if (initiative.pillars().isEmpty() && initiative.objectives().stream().noneMatch(relevant::contains)) {
				add(orphans, () -> initiative(initiative));
			}
		}
		noteLeftOut(orphans);
		apart.put("children", orphans);
		apart.put("itemStyle", Map.of("color", "#9aa5a8", "borderType", "dashed"));
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "item", "triggerOn", "mousemove"));
		int mainRows = this.collapsed ? pillars.size() + 1 : leaves(root);
		int apartRows = orphans.isEmpty() ? 0 : this.collapsed ? 1 : leaves(apart);
		// Not an ECharts setting: the page sizes the chart's box from it (about 18 px per drawn row).
		option.put("plumblineHeight", this.collapsed ? 720 : Math.max(480, Math.min(3600, 18 * (mainRows + apartRows) + 140)));
		// The two trees share the height by their rows; what stands apart gets at least a tenth.
		int apartShare = Math.max(10, (int) Math.round(100.0 * apartRows / Math.max(1, mainRows + apartRows)));
		List<Object> series = new ArrayList<>();
		series.add(tree(root, "2%", orphans.isEmpty() ? "2%" : (apartShare + 2) + "%"));
		if (!orphans.isEmpty()) {
			series.add(tree(apart, (100 - apartShare + 2) + "%", "2%"));
		}
		option.put("series", series);
		return option;
	}

	private Map<String, Object> tree(Map<String, Object> root, String top, String bottom) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "tree");
		series.put("data", List.of(root));
		series.put("top", top);
		series.put("bottom", bottom);
		series.put("left", "15%");
		series.put("right", "22%");
		series.put("symbolSize", 10);
		series.put("initialTreeDepth", this.collapsed ? 2 : -1);
		series.put("expandAndCollapse", true);
		series.put("roam", true);
		series.put("label", Map.of("position", "left", "verticalAlign", "middle", "align", "right", "fontSize", 11));
		series.put("leaves", Map.of("label", Map.of("position", "right", "verticalAlign", "middle", "align", "left")));
		series.put("animationDuration", 300);
		return series;
	}

	/** How many rows a tree needs when fully open: its leaves. */
	@SuppressWarnings("unchecked")
	private static int leaves(Map<String, Object> node) {
		Object children = node.get("children");
		if (!(children instanceof List<?> list) || list.isEmpty()) {
			return 1;
		}
		int count = 0;
		for (Object child : list) {
			count += leaves((Map<String, Object>) child);
		}
		return count;
	}

	/** Adds a node while the drawing has room; beyond it, counts what was left out. */
	private void add(List<Object> into, java.util.function.Supplier<Map<String, Object>> node) {
		if (this.budget > 0) {
			into.add(node.get());
		}
		else {
			this.left++;
		}
	}

	/** Closes a list of children with a note of what did not fit, if anything. */
	private void noteLeftOut(List<Object> into) {
		if (this.left > 0) {
			into.add(Map.of("name", "+" + this.left + " more not drawn", "itemStyle", Map.of("color", "#9aa5a8")));
			this.left = 0;
		}
	}

	private Map<String, Object> objective(Objective objective) {
		this.budget--;
		Map<String, Object> node = node(objective.title(), "objective", objective.key(),
				this.base + "/objectives/key/" + objective.key(), "Objective · " + label(objective.status()));
		List<Object> under = new ArrayList<>();
		if (this.keyResults) {
			for (OrganizationFile.KeyResult keyResult : objective.keyResults()) {
				if (this.budget-- > 0) {
					under.add(node(keyResult.title(), "keyResult", objective.key() + "." + keyResult.key(),
							this.base + "/objectives/key/" + objective.key(), "Key result"));
				}
			}
		}
		for (Objective child : this.children.getOrDefault(objective.key(), List.of())) {
			add(under, () -> objective(child));
		}
		if (!under.isEmpty()) {
			node.put("children", under);
		}
		muteIfInactive(node, objective.status() == OrganizationFile.ObjectiveStatus.COMPLETED
				|| objective.status() == OrganizationFile.ObjectiveStatus.CANCELLED);
		return node;
	}

	private Map<String, Object> initiative(Initiative initiative) {
		this.budget--;
		Map<String, Object> node = node(initiative.name(), "initiative", initiative.key(),
				this.base + "/initiatives/key/" + initiative.key(), "Initiative · " + label(initiative.status()));
		node.put("symbol", "diamond");
		muteIfInactive(node, initiative.status() == OrganizationFile.InitiativeStatus.COMPLETED
				|| initiative.status() == OrganizationFile.InitiativeStatus.CANCELLED);
		return node;
	}

	private Map<String, Object> node(String name, String kind, String key, String url, String detail) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("name", name == null ? "" : name);
		Severity severity = key == null ? null : this.worst.get(kind + ":" + key);
		node.put("value", detail + (severity == null ? " · no findings" : " · worst finding: " + severity.name().toLowerCase()));
		node.put("itemStyle", Map.of("color", HealthColours.of(severity), "borderColor", HealthColours.of(severity)));
		if (url != null) {
			node.put("url", url);
		}
		return node;
	}

	private static void muteIfInactive(Map<String, Object> node, boolean inactive) {
		if (inactive) {
			node.put("itemStyle", Map.of("color", "#ffffff", "borderColor", "#9aa5a8"));
		}
	}

	private static String label(Enum<?> status) {
		return status == null ? "no status" : status.name().toLowerCase();
	}

}
