package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PlanModel.Team;
import dev.plumbline.interchange.PracticeModel.Decision;

/**
 * The groups of the alignment index for one graph, built once (they do not change with check-ins): the
 * base nodes (those present without a finding) numbered in a stable order; group 0 is the organization,
 * then each pillar, then each team, with their keys, names, members and, per base node, its groups other
 * than the organization.
 */
final class IndexGroups {

	final Map<IndexNode, Integer> ids = new HashMap<>();

	final List<String> keys = new ArrayList<>();

	final List<String> names = new ArrayList<>();

	final int pillarCount;

	/** Each team's group number. */
	final Map<String, Integer> teamGroup = new HashMap<>();

	/** The base members of each group, in the order they joined it (none listed for the organization). */
	final int[][] members;

	/** The groups of each base node other than the organization. */
	final int[][] groupsOf;

	private final Map<String, Set<Integer>> pillarGroups = new LinkedHashMap<>();

	private final Map<String, Set<Integer>> teamGroups = new LinkedHashMap<>();

	IndexGroups(AlignmentGraph graph) {
		OrganizationFile file = graph.file();
		for (Pillar pillar : graph.pillars()) {
			this.pillarGroups.put(pillar.key(), new LinkedHashSet<>());
			add("pillar", pillar.key(), List.of(pillar.key()), null);
		}
		file.teams().forEach(t -> this.teamGroups.putIfAbsent(t.key(), new LinkedHashSet<>()));
		for (Objective o : file.objectives()) {
			add("objective", o.key(), graph.objectives().pillars(o.key()), o.team());
		}
		for (Initiative i : file.initiatives()) {
			add("initiative", i.key(), graph.pillarsOf(i), graph.teamOf(i.owner()));
		}
		for (Kpi k : file.kpis()) {
			add("kpi", k.key(), k.pillars(), null);
		}
		file.seats().forEach(s -> add("seat", s.key(), List.of(), s.team()));
		graph.latestFits().keySet().forEach(p -> add("person", p, List.of(), graph.teamOf(p)));
		graph.painPoints().forEach(p -> add("painPoint", p.key(), List.of(), null));
		for (Decision d : file.decisions()) {
			add("decision", d.key(), d.scores().keySet(), null);
		}
		file.concerns().forEach(c -> add("concern", c.key(), c.pillars(), null));
		file.reviews().forEach(r -> add("review", r.key(), List.of(), null));
		file.surveys().forEach(s -> add("survey", s.key(), List.of(), null));

		this.keys.add(null);
		this.names.add(file.organization() == null ? null : file.organization().name());
		List<Set<Integer>> groups = new ArrayList<>();
		groups.add(null);
		for (Pillar pillar : graph.pillars()) {
			this.keys.add(pillar.key());
			this.names.add(pillar.name());
			groups.add(this.pillarGroups.get(pillar.key()));
		}
		this.pillarCount = graph.pillars().size();
		for (Map.Entry<String, Set<Integer>> team : this.teamGroups.entrySet()) {
			Team t = graph.team(team.getKey());
			this.teamGroup.put(team.getKey(), this.keys.size());
			this.keys.add(team.getKey());
			this.names.add(t == null ? team.getKey() : t.name());
			groups.add(team.getValue());
		}
		int nodeCount = this.ids.size();
		this.members = new int[groups.size()][];
		this.members[0] = new int[0];
		int[] groupCounts = new int[nodeCount];
		for (int g = 1; g < groups.size(); g++) {
			this.members[g] = groups.get(g).stream().mapToInt(Integer::intValue).toArray();
			for (int id : this.members[g]) {
				groupCounts[id]++;
			}
		}
		this.groupsOf = new int[nodeCount][];
		for (int id = 0; id < nodeCount; id++) {
			this.groupsOf[id] = new int[groupCounts[id]];
		}
		Arrays.fill(groupCounts, 0);
		for (int g = 1; g < groups.size(); g++) {
			for (int id : this.members[g]) {
				this.groupsOf[id][groupCounts[id]++] = g;
			}
		}
	}

	/** The number of base nodes. */
	int baseCount() {
		return this.ids.size();
	}

	/** The number of groups, the organization included. */
	int count() {
		return this.keys.size();
	}

	/** Numbers a base node (once) and adds it to its pillars' and team's groups. */
	private void add(String kind, String key, Iterable<String> pillars, String team) {
		Integer id = this.ids.computeIfAbsent(new IndexNode(kind, key), n -> this.ids.size());
		for (String pillar : pillars) {
			Set<Integer> group = this.pillarGroups.get(pillar);
			if (group != null) {
				group.add(id);
			}
		}
		Set<Integer> teamGroup = team == null ? null : this.teamGroups.get(team);
		if (teamGroup != null) {
			teamGroup.add(id);
		}
	}

}
