package dev.plumbline.objective;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.Pillar;
import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Team;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.Keys;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.StaleVersionException;
import dev.plumbline.shared.UseCase;

/**
 * Creates, edits, re-ranks and deletes objectives with their key results, each in one transaction:
 * nothing is half-saved. Edits name the version they were made from.
 */
@UseCase
public class ManageObjectives {

	private final ObjectiveStore store;

	private final ObjectiveAccess access;

	private final PeopleQueries people;

	private final CharterQueries charter;

	private final ObjectiveProgress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ManageObjectives(ObjectiveStore store, ObjectiveAccess access, PeopleQueries people, CharterQueries charter,
			ObjectiveProgress progress, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.access = access;
		this.people = people;
		this.charter = charter;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
	}

	/** @throws InvalidInputException listing every problem */
	public UUID create(CurrentOrganization organization, ObjectiveDraft draft) {
		organization.require(Permission.MANAGE_STRATEGY);
		UUID id = UUID.randomUUID();
		ObjectiveDraft d = valid(organization, id, draft);
		int priority = d.priority() != null ? d.priority() : this.store.nextPriority(organization.id(), d.teamId());
		Instant now = this.clock.instant();
		this.progress.lock(organization.id(), Collections.singletonList(d.parentId()));
		try {
			this.store.insert(organization.id(), id, d, priority, now);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("key", "\"" + d.key() + "\" is already used by another objective");
		}
		this.store.replacePillars(organization.id(), id, d.pillars());
		this.store.replaceKeyResults(organization.id(), id, d.keyResults());
		this.progress.refresh(organization.id(), List.of(id));
		publish(organization, id, "objective.created", d.key(), "Created \"" + d.title() + "\" with "
				+ d.keyResults().size() + " key result(s)");
		return id;
	}

	/**
	 * @throws StaleVersionException when {@code version} is no longer current
	 */
	public void update(CurrentOrganization organization, UUID id, long version, ObjectiveDraft draft) {
		ObjectiveStore.Head head = head(organization, id);
		this.access.requireEdit(organization, head.ownerId());
		ObjectiveDraft d = valid(organization, id, draft);
		if (!organization.may(Permission.MANAGE_STRATEGY) && !head.ownerId().equals(d.ownerId())) {
			throw new InvalidInputException("owner", "only a leader or an admin may hand an objective to someone else");
		}
		int priority = d.priority() != null ? d.priority()
				: (java.util.Objects.equals(head.teamId(), d.teamId()) ? head.priority()
						: this.store.nextPriority(organization.id(), d.teamId()));
		// the cascade's rows in id order before this one's (see ObjectiveProgress): the old chain and the new
		this.progress.lock(organization.id(), Arrays.asList(id, d.parentId()));
		try {
			if (!this.store.update(organization.id(), id, version, d, priority, this.clock.instant())) {
				throw stale(organization, id, version);
			}
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("key", "\"" + d.key() + "\" is already used by another objective");
		}
		this.store.replacePillars(organization.id(), id, d.pillars());
		this.store.replaceKeyResults(organization.id(), id, d.keyResults());
		this.progress.refresh(organization.id(), Arrays.asList(id, head.parentId()));
		publish(organization, id, "objective.updated", d.key(), "Edited \"" + d.title() + "\"");
	}

	/** Deletes the objective with its key results and check-ins; refused while it has child objectives. */
	public void delete(CurrentOrganization organization, UUID id, long version) {
		ObjectiveStore.Head head = head(organization, id);
		this.access.requireEdit(organization, head.ownerId());
		long children = this.store.children(organization.id(), id);
		if (children > 0) {
			throw new InvalidInputException("children", "has " + children
					+ " child objective(s): give them another parent or delete them first");
		}
		this.progress.lock(organization.id(), List.of(id));
		if (!this.store.delete(organization.id(), id, version)) {
			throw stale(organization, id, version);
		}
		this.progress.refresh(organization.id(), Collections.singletonList(head.parentId()));
		publish(organization, id, "objective.deleted", head.key(), "Deleted \"" + head.title() + "\"");
	}

	/** Moves the objective one place up (earlier, more important) or down within its team's ranking. */
	public void move(CurrentOrganization organization, UUID id, boolean up) {
		organization.require(Permission.MANAGE_STRATEGY);
		ObjectiveStore.Head head = head(organization, id);
		List<Map.Entry<UUID, Integer>> ranking = this.store.ranking(organization.id(), head.teamId());
		List<UUID> order = new ArrayList<>(ranking.stream().map(Map.Entry::getKey).toList());
		int at = order.indexOf(id);
		int to = up ? at - 1 : at + 1;
		if (to < 0 || to >= order.size()) {
			return;
		}
		order.remove(at);
		order.add(to, id);
		for (int i = 0; i < order.size(); i++) {
			if (ranking.get(i).getValue() != i || !ranking.get(i).getKey().equals(order.get(i))) {
				this.store.setPriority(organization.id(), order.get(i), i);
			}
		}
		publish(organization, id, "objective.ranked", head.key(), "Moved \"" + head.title() + "\" to rank " + (to + 1));
	}

	/** Every problem the draft has, without saving anything (for forms that already failed to bind). */
	public List<FieldProblem> problems(CurrentOrganization organization, UUID id, ObjectiveDraft draft) {
		ObjectiveDraft d = ObjectiveRules.normalize(draft);
		List<FieldProblem> problems = new ArrayList<>(ObjectiveRules.check(d));
		problems.addAll(references(organization, id, d));
		return problems;
	}

	private ObjectiveDraft valid(CurrentOrganization organization, UUID id, ObjectiveDraft draft) {
		ObjectiveDraft d = ObjectiveRules.normalize(draft);
		List<FieldProblem> problems = new ArrayList<>(ObjectiveRules.check(d));
		problems.addAll(references(organization, id, d));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return d;
	}

	/** Owner, team, parent (same organization, no cycle), pillars (in the charter) and the key's uniqueness. */
	private List<FieldProblem> references(CurrentOrganization organization, UUID id, ObjectiveDraft d) {
		List<FieldProblem> problems = new ArrayList<>();
		UUID org = organization.id();
		if (d.ownerId() != null && this.people.person(org, d.ownerId()).isEmpty()) {
			problems.add(new FieldProblem("owner", "is not a person of this organization"));
		}
		if (d.teamId() != null && this.people.teams(org).stream().map(Team::id).noneMatch(d.teamId()::equals)) {
			problems.add(new FieldProblem("team", "is not a team of this organization"));
		}
		if (d.parentId() != null) {
			if (d.parentId().equals(id)) {
				problems.add(new FieldProblem("parent", "an objective cannot be its own parent"));
			}
			else if (this.store.head(org, d.parentId()).isEmpty()) {
				problems.add(new FieldProblem("parent", "is not an objective of this organization"));
			}
			else if (this.store.ancestors(org, d.parentId()).contains(id)) {
				problems.add(new FieldProblem("parent", "would make a cycle: that objective sits below this one"));
			}
		}
		Set<String> pillars = this.charter.current(org).content().pillars().stream().map(Pillar::key)
			.collect(Collectors.toSet());
		for (int i = 0; i < d.pillars().size(); i++) {
			if (!pillars.contains(d.pillars().get(i))) {
				problems.add(new FieldProblem("pillars[" + i + "]", "\"" + d.pillars().get(i) + "\" is not a pillar of the charter"
						+ (pillars.isEmpty() ? " (the charter has no pillars yet)" : " (known: " + String.join(", ", pillars.stream().sorted().toList()) + ")")));
			}
		}
		if (Keys.valid(d.key()) && this.store.keyTaken(org, d.key(), id)) {
			problems.add(new FieldProblem("key", "\"" + d.key() + "\" is already used by another objective"));
		}
		return problems;
	}

	private ObjectiveStore.Head head(CurrentOrganization organization, UUID id) {
		return this.store.head(organization.id(), id)
			.orElseThrow(() -> new NotFoundException("No objective " + id + " in this organization"));
	}

	private StaleVersionException stale(CurrentOrganization organization, UUID id, long version) {
		long current = this.store.head(organization.id(), id).map(ObjectiveStore.Head::version).orElse(-1L);
		return new StaleVersionException("This objective was changed meanwhile: you edited version " + version
				+ ", it is now at version " + current + ". Reload it, then make your change again.", current);
	}

	private void publish(CurrentOrganization organization, UUID id, String action, String key, String summary) {
		this.events.publishEvent(new ObjectiveChanged(organization.id(), organization.userId(), id, action, key, summary));
	}

}
