package dev.plumbline.audit.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PracticeModel.Stage;
import dev.plumbline.interchange.PlanModel.Team;

/**
 * An organization file with the indexes the audit rules need, built once in linear time: nodes by key,
 * the pillars each objective and initiative serves (directly or through the objective parent chain and
 * the objectives an initiative lists), objective children and progress roll-ups ({@link ObjectiveFacts}),
 * which initiatives address each pain point, and each person's latest fit.
 */
public final class AlignmentGraph {

	private OrganizationFile file;

	private final Map<String, Pillar> pillars = new LinkedHashMap<>();

	private final Map<String, Team> teams = new LinkedHashMap<>();

	private final Map<String, Person> people = new LinkedHashMap<>();

	private final Map<String, Objective> objectives = new LinkedHashMap<>();

	private final ObjectiveFacts objectiveFacts;

	private final Map<Initiative, Set<String>> initiativePillars = new IdentityHashMap<>();

	private final Map<String, List<Initiative>> addressedBy = new HashMap<>();

	private final Map<String, Fit> latestFit = new LinkedHashMap<>();

	private final List<PainPointNode> painPoints = new ArrayList<>();

	/** Each objective key's place in the file's list; null when a key is listed twice (no in-place change then). */
	private Map<String, Integer> objectivePositions = new HashMap<>();

	private final Map<String, List<Initiative>> listedBy = new HashMap<>();

	private boolean initiativeKeysUnique = true;

	private AlignmentGraph(OrganizationFile file) {
		this.file = file;
		file.charter().pillars().forEach(p -> this.pillars.putIfAbsent(p.key(), p));
		file.teams().forEach(t -> this.teams.putIfAbsent(t.key(), t));
		file.people().forEach(p -> this.people.putIfAbsent(p.key(), p));
		file.objectives().forEach(o -> this.objectives.putIfAbsent(o.key(), o));
		this.objectiveFacts = new ObjectiveFacts(this.objectives, this.pillars.keySet());
		List<Objective> listed = file.objectives();
		for (int i = 0; i < listed.size() && this.objectivePositions != null; i++) {
			if (this.objectivePositions.putIfAbsent(listed.get(i).key(), i) != null) {
				this.objectivePositions = null;
			}
		}
		Set<String> initiativeKeys = new java.util.HashSet<>();
		for (Initiative initiative : file.initiatives()) {
			this.initiativeKeysUnique &= initiativeKeys.add(initiative.key());
			initiative.objectives().forEach(o -> this.listedBy.computeIfAbsent(o, k -> new ArrayList<>()).add(initiative));
			Set<String> served = new LinkedHashSet<>();
			initiative.pillars().stream().filter(this.pillars::containsKey).forEach(served::add);
			initiative.objectives().forEach(o -> served.addAll(this.objectiveFacts.pillars(o)));
			this.initiativePillars.put(initiative, Collections.unmodifiableSet(served));
			initiative.addresses().forEach(a -> this.addressedBy.computeIfAbsent(a, k -> new ArrayList<>()).add(initiative));
		}
		for (Fit fit : file.fits()) {
			Fit current = this.latestFit.get(fit.person());
			if (current == null || !isBefore(fit, current)) {
				this.latestFit.put(fit.person(), fit);
			}
		}
		for (Journey journey : file.journeys()) {
			for (Stage stage : journey.stages()) {
				for (PainPoint painPoint : stage.painPoints()) {
					this.painPoints.add(new PainPointNode(journey.key() + "." + stage.key() + "." + painPoint.key(),
							journey, stage, painPoint));
				}
			}
		}
	}

	public static AlignmentGraph of(OrganizationFile file) {
		return new AlignmentGraph(file);
	}

	public OrganizationFile file() {
		return this.file;
	}

	/**
	 * Puts {@code updated} in place of the objective with the same key, in the file and in every index,
	 * and rolls progress up its parent chain again, so that the graph equals one built from the changed
	 * file. For a change of key results or check-ins only (same key, same parent, same pillars). Returns
	 * false, changing nothing, when that cannot be done in place (unknown or repeated key, another parent
	 * or other pillars, a parent chain with a cycle, repeated initiative keys): build the graph anew then.
	 * Not thread-safe: the caller confines the graph to one thread at a time.
	 */
	public boolean replaceObjective(Objective updated) {
		Integer position = this.objectivePositions == null ? null : this.objectivePositions.get(updated.key());
		Objective old = objective(updated.key());
		if (position == null || old == null || !this.initiativeKeysUnique || !old.pillars().equals(updated.pillars())
				|| !this.objectiveFacts.replace(updated)) {
			return false;
		}
		List<Objective> objectives = new ArrayList<>(this.file.objectives());
		objectives.set(position, updated);
		this.file = this.file.withObjectives(objectives);
		return true;
	}

	/** The initiatives that list the objective among theirs, in file order. */
	public List<Initiative> listing(String objectiveKey) {
		return this.listedBy.getOrDefault(objectiveKey, List.of());
	}

	/** The charter's pillars, in file order (first of a duplicated key). */
	public List<Pillar> pillars() {
		return List.copyOf(this.pillars.values());
	}

	public Pillar pillar(String key) {
		return this.pillars.get(key);
	}

	public int totalPillarWeight() {
		return this.pillars.values().stream().mapToInt(Pillar::weight).sum();
	}

	public Team team(String key) {
		return key == null ? null : this.teams.get(key);
	}

	public Person person(String key) {
		return key == null ? null : this.people.get(key);
	}

	/** The person's name, or the key itself when no such person is listed. */
	public String personName(String key) {
		Person person = person(key);
		return (person == null || person.name() == null) ? key : person.name();
	}

	/** The team of the person, or null. */
	public String teamOf(String personKey) {
		Person person = person(personKey);
		return person == null ? null : person.team();
	}

	public Objective objective(String key) {
		return key == null ? null : this.objectives.get(key);
	}

	public ObjectiveFacts objectives() {
		return this.objectiveFacts;
	}

	/** The pillars the initiative serves: its own and those of every objective it lists (and their parents). */
	public Set<String> pillarsOf(Initiative initiative) {
		Set<String> served = this.initiativePillars.get(initiative);
		return served == null ? Set.of() : served;
	}

	/** The initiatives whose {@code addresses} name the pain point ({@code journey.stage.painPoint}). */
	public List<Initiative> addressing(String painPointKey) {
		return this.addressedBy.getOrDefault(painPointKey, List.of());
	}

	public List<PainPointNode> painPoints() {
		return Collections.unmodifiableList(this.painPoints);
	}

	/**
	 * Each assessed person's latest fit: the latest date; an undated fit counts as older than any dated
	 * one; on a tie the later one in the file wins. In the file order of first assessment.
	 */
	public Map<String, Fit> latestFits() {
		return Collections.unmodifiableMap(this.latestFit);
	}

	private static boolean isBefore(Fit candidate, Fit current) {
		if (candidate.date() == null) {
			return current.date() != null;
		}
		return current.date() != null && candidate.date().isBefore(current.date());
	}

	/** A pain point with its journey and stage; {@code key} is {@code journey.stage.painPoint}. */
	public record PainPointNode(String key, Journey journey, Stage stage, PainPoint painPoint) {
	}

}
