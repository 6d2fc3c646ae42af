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

/**
 * The alignment index (docs/audit.md): every audited node has a health of 1 − min(1, Σ weight of its
 * findings) (critical 1.0, warning 0.5, info 0.1); a group's index is 100 × the mean health of its nodes
 * (100 for an empty group); each finding's deduction is its weight's share of its node's loss, × 100 / the
 * group's size, so a group's deductions add up to 100 − its unrounded index.
 * <p>
 * Built once per graph (its {@link IndexGroups} do not change with check-ins), then {@link #index} runs in linear
 * time: nodes are numbered, weights and losses kept in arrays, and each group's deductions collected in
 * report order and bucketed by their (few distinct) point values, which orders them as "largest first,
 * then report order" without a comparison sort of every finding.
 */
final class IndexCalculator {

	private final AlignmentGraph graph;

	private final IndexGroups groups;

	/** The teams whose group had at least one node in the last {@link #index} call. */
	private final Set<String> teamsWithNodes = new LinkedHashSet<>();

	IndexCalculator(AlignmentGraph graph) {
		this.graph = graph;
		this.groups = new IndexGroups(graph);
	}

	/** The number of the base node the finding counts against, or -1 when it brings its own node. */
	int baseId(Finding finding) {
		Integer id = this.groups.ids.get(IndexNode.of(finding));
		return id == null ? -1 : id;
	}

	/** The index for the given findings (in report order). */
	AlignmentIndex index(List<Finding> findings) {
		return index(findings, null);
	}

	/**
	 * The index for the given findings (in report order), with their {@link #baseId}s when known: looking
	 * 100,000 nodes up in a map is most of an incremental audit's time, and most findings survive a check-in.
	 */
	AlignmentIndex index(List<Finding> findings, int[] baseIds) {
		int base = this.groups.baseCount();
		int count = findings.size();
		int[] nodeOf = new int[count];
		// nodes that only a finding brings (a person without a fit, a team, ...), numbered after the base ones
		Map<IndexNode, Integer> extraIds = new HashMap<>();
		List<Integer> extraTeams = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (baseIds != null && baseIds[i] >= 0) {
				nodeOf[i] = baseIds[i];
				continue;
			}
			Finding finding = findings.get(i);
			IndexNode node = IndexNode.of(finding);
			Integer id = baseIds != null ? null : this.groups.ids.get(node);
			if (id == null) {
				id = extraIds.get(node);
				if (id == null) {
					id = base + extraIds.size();
					extraIds.put(node, id);
					extraTeams.add(extraTeam(finding));
				}
			}
			nodeOf[i] = id;
		}
		int nodeCount = base + extraIds.size();
		double[] weight = new double[nodeCount];
		for (int i = 0; i < count; i++) {
			weight[nodeOf[i]] += IndexNode.weight(findings.get(i).severity());
		}
		int groupCount = this.groups.count();
		int[][] extraMembers = new int[groupCount][];
		int[] extraCounts = new int[groupCount];
		for (int e = 0; e < extraTeams.size(); e++) {
			Integer team = extraTeams.get(e);
			if (team != null) {
				extraCounts[team]++;
			}
		}
		for (int g = 0; g < groupCount; g++) {
			extraMembers[g] = new int[g == 0 ? extraIds.size() : extraCounts[g]];
		}
		Arrays.fill(extraCounts, 0);
		for (int e = 0; e < extraTeams.size(); e++) {
			extraMembers[0][e] = base + e;
			Integer team = extraTeams.get(e);
			if (team != null) {
				extraMembers[team][extraCounts[team]++] = base + e;
			}
		}
		double[] size = new double[groupCount];
		size[0] = nodeCount;
		for (int g = 1; g < groupCount; g++) {
			size[g] = this.groups.members[g].length + extraMembers[g].length;
		}
		List<Map<Double, List<AlignmentIndex.Deduction>>> buckets = new ArrayList<>(groupCount);
		for (int g = 0; g < groupCount; g++) {
			buckets.add(null);
		}
		for (int i = 0; i < count; i++) {
			Finding finding = findings.get(i);
			int node = nodeOf[i];
			double total = weight[node];
			double loss = Math.min(1, total);
			double share = IndexNode.weight(finding.severity());
			deduct(buckets, 0, finding, 100 * loss * share / total / size[0]);
			if (node < base) {
				for (int g : this.groups.groupsOf[node]) {
					deduct(buckets, g, finding, 100 * loss * share / total / size[g]);
				}
			}
			else if (extraTeams.get(node - base) != null) {
				int g = extraTeams.get(node - base);
				deduct(buckets, g, finding, 100 * loss * share / total / size[g]);
			}
		}
		AlignmentIndex.Score organization = score(0, base, extraMembers[0], weight, size[0], buckets.get(0));
		List<AlignmentIndex.Score> pillars = new ArrayList<>();
		List<AlignmentIndex.Score> teams = new ArrayList<>();
		this.teamsWithNodes.clear();
		for (int g = 1; g < groupCount; g++) {
			AlignmentIndex.Score score = score(g, -1, extraMembers[g], weight, size[g], buckets.get(g));
			if (g <= this.groups.pillarCount) {
				pillars.add(score);
			}
			else {
				teams.add(score);
				if (size[g] > 0) {
					this.teamsWithNodes.add(this.groups.keys.get(g));
				}
			}
		}
		return new AlignmentIndex(organization, List.copyOf(pillars), List.copyOf(teams));
	}

	/** The team group a node brought by a finding counts in: a person's team, else none. */
	private Integer extraTeam(Finding finding) {
		if (!"person".equals(finding.subject().kind())) {
			return null;
		}
		String team = this.graph.teamOf(finding.subject().key());
		return team == null ? null : this.groups.teamGroup.get(team);
	}

	private static void deduct(List<Map<Double, List<AlignmentIndex.Deduction>>> buckets, int group, Finding finding,
			double points) {
		Map<Double, List<AlignmentIndex.Deduction>> byPoints = buckets.get(group);
		if (byPoints == null) {
			byPoints = new HashMap<>();
			buckets.set(group, byPoints);
		}
		byPoints.computeIfAbsent(points, p -> new ArrayList<>()).add(new AlignmentIndex.Deduction(finding, points));
	}

	/**
	 * One group's score: the losses summed over its members in the order they joined (the organization's
	 * base members are all base nodes, {@code baseCount} of them), and its deductions largest first, equal
	 * ones in report order.
	 */
	private AlignmentIndex.Score score(int group, int baseCount, int[] extras, double[] weight, double size,
			Map<Double, List<AlignmentIndex.Deduction>> byPoints) {
		String key = this.groups.keys.get(group);
		String name = this.groups.names.get(group);
		if (size == 0) {
			return new AlignmentIndex.Score(key, name, 100, List.of());
		}
		double lost = 0;
		if (baseCount >= 0) {
			for (int id = 0; id < baseCount; id++) {
				lost += IndexNode.loss(weight[id]);
			}
		}
		else {
			for (int id : this.groups.members[group]) {
				lost += IndexNode.loss(weight[id]);
			}
		}
		for (int id : extras) {
			lost += IndexNode.loss(weight[id]);
		}
		List<AlignmentIndex.Deduction> deductions = new ArrayList<>();
		if (byPoints != null) {
			Double[] points = byPoints.keySet().toArray(new Double[0]);
			Arrays.sort(points, java.util.Collections.reverseOrder());
			for (Double p : points) {
				deductions.addAll(byPoints.get(p));
			}
		}
		int value = (int) Math.round(100 * (1 - lost / size));
		return new AlignmentIndex.Score(key, name, value, List.copyOf(deductions));
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

}
