package dev.plumbline.interchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PracticeModel.Stage;

/**
 * The rules across a whole file, checked once it is read: every reference names something that exists,
 * and parent chains (teams, objectives, seats' reportsTo) do not loop.
 */
final class Integrity {

	private final OrganizationFile file;

	private final Problems problems;

	private final Map<Target, Set<String>> keys = new EnumMap<>(Target.class);

	Integrity(OrganizationFile file, Problems problems) {
		this.file = file;
		this.problems = problems;
		keys.put(Target.PERSON, keys(file.people(), OrganizationFile.Person::key));
		keys.put(Target.TEAM, keys(file.teams(), OrganizationFile.Team::key));
		keys.put(Target.SEAT, keys(file.seats(), OrganizationFile.Seat::key));
		keys.put(Target.OBJECTIVE, keys(file.objectives(), OrganizationFile.Objective::key));
		keys.put(Target.PILLAR, keys(file.charter().pillars(), OrganizationFile.Pillar::key));
		keys.put(Target.VALUE, keys(file.charter().values(), OrganizationFile.Value::key));
		Set<String> pillarsAndValues = new LinkedHashSet<>(keys.get(Target.PILLAR));
		pillarsAndValues.addAll(keys.get(Target.VALUE));
		keys.put(Target.PILLAR_OR_VALUE, pillarsAndValues);
		Set<String> painPoints = new LinkedHashSet<>();
		for (Journey journey : file.journeys()) {
			for (Stage stage : journey.stages()) {
				for (PainPoint painPoint : stage.painPoints()) {
					painPoints.add(journey.key() + "." + stage.key() + "." + painPoint.key());
				}
			}
		}
		keys.put(Target.PAIN_POINT, painPoints);
	}

	void check(List<Cursor.Reference> references) {
		for (Cursor.Reference reference : references) {
			Set<String> known = this.keys.get(reference.target());
			if (!known.contains(reference.key())) {
				this.problems.add(reference.path(), reference.key(), "names no " + reference.target().noun() + " in "
						+ reference.target().where() + Suggestions.didYouMean(reference.key(), known));
			}
		}
		loops("teams", "parent", this.file.teams(), OrganizationFile.Team::key, OrganizationFile.Team::parent);
		loops("objectives", "parent", this.file.objectives(), OrganizationFile.Objective::key,
				OrganizationFile.Objective::parent);
		loops("seats", "reportsTo", this.file.seats(), OrganizationFile.Seat::key, OrganizationFile.Seat::reportsTo);
	}

	/** Reports each loop once, at the first of its members in the file. */
	private <T> void loops(String section, String field, List<T> items, Function<T, String> key,
			Function<T, String> parent) {
		Map<String, String> parents = new HashMap<>();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String itemKey = key.apply(items.get(i));
			if (itemKey != null && parent.apply(items.get(i)) != null) {
				parents.putIfAbsent(itemKey, parent.apply(items.get(i)));
				index.putIfAbsent(itemKey, i);
			}
		}
		Set<String> done = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String start = key.apply(items.get(i));
			if (start == null || done.contains(start)) {
				continue;
			}
			List<String> chain = new ArrayList<>();
			Set<String> onChain = new HashSet<>();
			String current = start;
			while (current != null && !done.contains(current) && onChain.add(current)) {
				chain.add(current);
				current = parents.get(current);
			}
			if (current != null && onChain.contains(current)) {
				List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(current), chain.size()));
				String first = loop.stream().min((a, b) -> Integer.compare(index.get(a), index.get(b))).orElseThrow();
				int at = loop.indexOf(first);
				List<String> ordered = new ArrayList<>(loop.subList(at, loop.size()));
				ordered.addAll(loop.subList(0, at));
				ordered.add(first);
				this.problems.add(section + "[" + index.get(first) + "]." + field, parents.get(first),
						"forms a loop: " + String.join(" → ", ordered));
			}
			done.addAll(chain);
		}
	}

	private static <T> Set<String> keys(List<T> items, Function<T, String> key) {
		Set<String> keys = new HashSet<>();
		for (T item : items) {
			String value = key.apply(item);
			if (value != null) {
				keys.add(value);
			}
		}
		return keys;
	}

}
