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
 * <p>
 * Built once per graph (the groups do not change with check-ins), then {@link #index} runs in linear
 * time: nodes are numbered, weights and losses kept in arrays, and each group's deductions collected in
 * report order and bucketed by their (few distinct) point values, which orders them as "largest first,
 * then report order" without a comparison sort of every finding.
 */
final class IndexCalculator {

	private final AlignmentGraph graph;

	/** The base nodes (those present without a finding), numbered in a stable order. */
	private final Map<Node, Integer> ids = new HashMap<>();

	/** Group 0 is the organization, then each pillar, then each team; names and keys by group number. */
	private final List<String> groupKeys = new ArrayList<>();

	private final List<String> groupNames = new ArrayList<>();

	private final int pillarCount;

	/** Each team's group number. */
	private final Map<String, Integer> teamGroup = new HashMap<>();

	/** The base members of each group, in the order they joined it. */
	private final int[][] members;

	/** The groups of each base node other than the organization. */
	private final int[][] groupsOf;

	/** The teams whose group had at least one node in the last {@link #index} call. */
	private final Set<String> teamsWithNodes = new LinkedHashSet<>();

	IndexCalculator(AlignmentGraph graph) {
		this.graph = graph;
		OrganizationFile file = graph.file();
		Map<String, Set<Integer>> pillarGroups = new LinkedHashMap<>();
		Map<String, Set<Integer>> teamGroups = new LinkedHashMap<>();
		Builder builder = new Builder(pillarGroups, teamGroups);
		for (Pillar pillar : graph.pillars()) {
			pillarGroups.put(pillar.key(), new LinkedHashSet<>());
			builder.add(node("pillar", pillar.key()), List.of(pillar.key()), null);
		}
		file.teams().forEach(t -> teamGroups.putIfAbsent(t.key(), new LinkedHashSet<>()));
		for (Objective o : file.objectives()) {
			builder.add(node("objective", o.key()), graph.objectives().pillars(o.key()), o.team());
		}
		for (Initiative i : file.initiatives()) {
			builder.add(node("initiative", i.key()), graph.pillarsOf(i), graph.teamOf(i.owner()));
		}
		for (Kpi k : file.kpis()) {
			builder.add(node("kpi", k.key()), k.pillars(), null);
		}
		file.seats().forEach(s -> builder.add(node("seat", s.key()), List.of(), s.team()));
		graph.latestFits().keySet().forEach(p -> builder.add(node("person", p), List.of(), graph.teamOf(p)));
		graph.painPoints().forEach(p -> builder.add(node("painPoint", p.key()), List.of(), null));
		for (Decision d : file.decisions()) {
			builder.add(node("decision", d.key()), d.scores().keySet(), null);
		}
		file.concerns().forEach(c -> builder.add(node("concern", c.key()), c.pillars(), null));
		file.reviews().forEach(r -> builder.add(node("review", r.key()), List.of(), null));
		file.surveys().forEach(s -> builder.add(node("survey", s.key()), List.of(), null));

		this.groupKeys.add(null);
		this.groupNames.add(file.organization() == null ? null : file.organization().name());
		List<Set<Integer>> groups = new ArrayList<>();
		groups.add(null);
		for (Pillar pillar : graph.pillars()) {
			this.groupKeys.add(pillar.key());
			this.groupNames.add(pillar.name());
			groups.add(pillarGroups.get(pillar.key()));
		}
		this.pillarCount = graph.pillars().size();
		for (Map.Entry<String, Set<Integer>> team : teamGroups.entrySet()) {
			Team t = graph.team(team.getKey());
			this.teamGroup.put(team.getKey(), this.groupKeys.size());
			this.groupKeys.add(team.getKey());
			this.groupNames.add(t == null ? team.getKey() : t.name());
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

	/** The number of the base node the finding counts against, or -1 when it brings its own node. */
	int baseId(Finding finding) {
		Integer id = this.ids.get(nodeOf(finding));
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
		int base = this.ids.size();
		int count = findings.size();
		int[] nodeOf = new int[count];
		// nodes that only a finding brings (a person without a fit, a team, ...), numbered after the base ones
		Map<Node, Integer> extraIds = new HashMap<>();
		List<Integer> extraTeams = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (baseIds != null && baseIds[i] >= 0) {
				nodeOf[i] = baseIds[i];
				continue;
			}
			Finding finding = findings.get(i);
			Node node = nodeOf(finding);
			Integer id = baseIds != null ? null : this.ids.get(node);
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
			weight[nodeOf[i]] += weight(findings.get(i).severity());
		}
		int groupCount = this.groupKeys.size();
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
			size[g] = this.members[g].length + extraMembers[g].length;
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
			double share = weight(finding.severity());
			deduct(buckets, 0, finding, 100 * loss * share / total / size[0]);
			if (node < base) {
				for (int g : this.groupsOf[node]) {
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
			if (g <= this.pillarCount) {
				pillars.add(score);
			}
			else {
				teams.add(score);
				if (size[g] > 0) {
					this.teamsWithNodes.add(this.groupKeys.get(g));
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
		return team == null ? null : this.teamGroup.get(team);
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
		String key = this.groupKeys.get(group);
		String name = this.groupNames.get(group);
		if (size == 0) {
			return new AlignmentIndex.Score(key, name, 100, List.of());
		}
		double lost = 0;
		if (baseCount >= 0) {
			for (int id = 0; id < baseCount; id++) {
				lost += loss(weight[id]);
			}
		}
		else {
			for (int id : this.members[group]) {
				lost += loss(weight[id]);
			}
		}
		for (int id : extras) {
			lost += loss(weight[id]);
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

	/** A node without findings loses nothing; adding 0 leaves the sum exactly as skipping it would. */
	private static double loss(double weight) {
		return weight == 0 ? 0 : Math.min(1, weight);
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

	/** Numbers the base nodes and fills the groups while the constructor walks the organization. */
	private final class Builder {

		private final Map<String, Set<Integer>> pillarGroups;

		private final Map<String, Set<Integer>> teamGroups;

		Builder(Map<String, Set<Integer>> pillarGroups, Map<String, Set<Integer>> teamGroups) {
			this.pillarGroups = pillarGroups;
			this.teamGroups = teamGroups;
		}

		void add(Node node, Iterable<String> pillars, String team) {
			Map<Node, Integer> ids = IndexCalculator.this.ids;
			Integer id = ids.computeIfAbsent(node, n -> ids.size());
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

}
