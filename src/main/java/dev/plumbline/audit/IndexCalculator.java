package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PlanModel.Team;

/**
 * The alignment index (docs/audit.md): every audited node has a health of 1 − min(1, Σ weight of its
 * findings) (critical 1.0, warning 0.5, info 0.1); a group's index is 100 × the mean health of its nodes
 * (100 for an empty group); each finding's deduction is its weight's share of its node's loss, × 100 / the
 * group's size, so a group's deductions add up to 100 − its unrounded index.
 */
final class IndexCalculator {

	private final AlignmentGraph graph;

	/** The base nodes (those present without a finding), in a stable order. */
	private final Set<Node> baseNodes = new LinkedHashSet<>();

	private final Map<String, Set<Node>> pillarGroups = new LinkedHashMap<>();

	private final Map<String, Set<Node>> teamGroups = new LinkedHashMap<>();

	/** The teams whose group had at least one node in the last {@link #index} call. */
	private final Set<String> teamsWithNodes = new LinkedHashSet<>();

	IndexCalculator(AlignmentGraph graph) {
		this.graph = graph;
		OrganizationFile file = graph.file();
		for (Pillar pillar : graph.pillars()) {
			this.pillarGroups.put(pillar.key(), new LinkedHashSet<>());
			add(node("pillar", pillar.key()), List.of(pillar.key()), null);
		}
		file.teams().forEach(t -> this.teamGroups.putIfAbsent(t.key(), new LinkedHashSet<>()));
		for (Objective o : file.objectives()) {
			add(node("objective", o.key()), graph.objectives().pillars(o.key()), o.team());
		}
		for (Initiative i : file.initiatives()) {
			add(node("initiative", i.key()), graph.pillarsOf(i), graph.teamOf(i.owner()));
		}
		for (Kpi k : file.kpis()) {
			add(node("kpi", k.key()), k.pillars(), null);
		}
		file.seats().forEach(s -> add(node("seat", s.key()), List.of(), s.team()));
		graph.latestFits().keySet().forEach(p -> add(node("person", p), List.of(), graph.teamOf(p)));
		graph.painPoints().forEach(p -> add(node("painPoint", p.key()), List.of(), null));
		for (Decision d : file.decisions()) {
			add(node("decision", d.key()), d.scores().keySet(), null);
		}
		file.concerns().forEach(c -> add(node("concern", c.key()), c.pillars(), null));
		file.reviews().forEach(r -> add(node("review", r.key()), List.of(), null));
		file.surveys().forEach(s -> add(node("survey", s.key()), List.of(), null));
	}

	private void add(Node node, Iterable<String> pillars, String team) {
		this.baseNodes.add(node);
		for (String pillar : pillars) {
			Set<Node> group = this.pillarGroups.get(pillar);
			if (group != null) {
				group.add(node);
			}
		}
		Set<Node> teamGroup = team == null ? null : this.teamGroups.get(team);
		if (teamGroup != null) {
			teamGroup.add(node);
		}
	}

	/** The index for the given findings (in report order). */
	AlignmentIndex index(List<Finding> findings) {
		Map<Node, List<Finding>> byNode = new HashMap<>();
		Map<Finding, Integer> order = new IdentityHashMap<>();
		Set<Node> all = new LinkedHashSet<>(this.baseNodes);
		Map<String, Set<Node>> teamExtras = new HashMap<>();
		for (Finding finding : findings) {
			order.put(finding, order.size());
			Node node = nodeOf(finding);
			if (all.add(node) && "person".equals(finding.subject().kind())) {
				// a person without a fit becomes a node through a finding, and counts in their team
				String team = this.graph.teamOf(finding.subject().key());
				if (team != null && this.teamGroups.containsKey(team)) {
					teamExtras.computeIfAbsent(team, k -> new LinkedHashSet<>()).add(node);
				}
			}
			byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(finding);
		}
		AlignmentIndex.Score organization = score(null, this.graph.file().organization() == null ? null
				: this.graph.file().organization().name(), all, byNode, order);
		List<AlignmentIndex.Score> pillars = new ArrayList<>();
		for (Pillar pillar : this.graph.pillars()) {
			pillars.add(score(pillar.key(), pillar.name(), this.pillarGroups.get(pillar.key()), byNode, order));
		}
		List<AlignmentIndex.Score> teams = new ArrayList<>();
		this.teamsWithNodes.clear();
		for (Map.Entry<String, Set<Node>> team : this.teamGroups.entrySet()) {
			Team t = this.graph.team(team.getKey());
			Set<Node> group = team.getValue();
			if (teamExtras.containsKey(team.getKey())) {
				group = new LinkedHashSet<>(group);
				group.addAll(teamExtras.get(team.getKey()));
			}
			if (!group.isEmpty()) {
				this.teamsWithNodes.add(team.getKey());
			}
			teams.add(score(team.getKey(), t == null ? team.getKey() : t.name(), group, byNode, order));
		}
		return new AlignmentIndex(organization, List.copyOf(pillars), List.copyOf(teams));
	}

	/** Teams with at least one node in {@code index} (the last one computed): their measured index, by key. */
	Map<String, Integer> measuredTeams(AlignmentIndex index) {
		Map<String, Integer> measured = new LinkedHashMap<>();
		for (AlignmentIndex.Score team : index.teams()) {
			if (this.teamsWithNodes.contains(team.key())) {
				measured.put(team.key(), team.value());
			}
		}
		return measured;
	}

	/** Deductions largest first; equal ones in the report's order of their findings. */
	private static AlignmentIndex.Score score(String key, String name, Set<Node> group,
			Map<Node, List<Finding>> byNode, Map<Finding, Integer> order) {
		if (group.isEmpty()) {
			return new AlignmentIndex.Score(key, name, 100, List.of());
		}
		double size = group.size();
		double lost = 0;
		List<AlignmentIndex.Deduction> deductions = new ArrayList<>();
		for (Node node : group) {
			List<Finding> findings = byNode.get(node);
			if (findings == null) {
				continue;
			}
			double weight = 0;
			for (Finding finding : findings) {
				weight += weight(finding.severity());
			}
			double loss = Math.min(1, weight);
			lost += loss;
			for (Finding finding : findings) {
				deductions.add(new AlignmentIndex.Deduction(finding, 100 * loss * weight(finding.severity()) / weight / size));
			}
		}
		deductions.sort(Comparator.comparingDouble(AlignmentIndex.Deduction::points)
			.reversed()
			.thenComparing(d -> order.get(d.finding())));
		int value = (int) Math.round(100 * (1 - lost / size));
		return new AlignmentIndex.Score(key, name, value, List.copyOf(deductions));
	}

	static double weight(Severity severity) {
		return switch (severity) {
			case CRITICAL -> 1.0;
			case WARNING -> 0.5;
			case INFO -> 0.1;
		};
	}

	/** The node a finding counts against: its subject, except a key result counts against its objective. */
	static Node nodeOf(Finding finding) {
		Subject subject = finding.subject();
		if ("keyResult".equals(subject.kind()) && finding.evidence().get("objective") instanceof String objective) {
			return node("objective", objective);
		}
		return node(subject.kind(), subject.key());
	}

	private static Node node(String kind, String key) {
		return new Node(kind, key);
	}

	/** An audited node: its kind and key. */
	record Node(String kind, String key) {
	}

}
