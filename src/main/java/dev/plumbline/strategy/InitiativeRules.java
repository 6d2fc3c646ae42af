package dev.plumbline.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.plumbline.charter.CharterQueries;
import dev.plumbline.charter.Pillar;
import dev.plumbline.objective.ObjectiveDirectory;
import dev.plumbline.objective.ObjectiveSummary;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.shared.Keys;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;

/**
 * Checks a draft: its own fields, and its references (owner, pillars, objectives) against the
 * organization. Reports every problem at once, each with its field path.
 */
@Component
class InitiativeRules {


	/** {@code journey.stage.painPoint}: three keys; the journeys module resolves them later. */
	static final Pattern PAIN_POINT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}(\\.[a-z0-9][a-z0-9_-]{0,59}){2}");

	private static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

	private static final BigDecimal MAX_FTE = new BigDecimal("999999.99");

	private final CharterQueries charters;

	private final PeopleQueries people;

	private final ObjectiveDirectory objectives;

	InitiativeRules(CharterQueries charters, PeopleQueries people, ObjectiveDirectory objectives) {
		this.charters = charters;
		this.people = people;
		this.objectives = objectives;
	}

	/** A draft that passed every check, normalized, with objectives resolved to ids. */
	record Checked(String key, String name, String description, UUID ownerId, InitiativeStatus status,
			java.time.LocalDate start, java.time.LocalDate end, BigDecimal budget, BigDecimal fte, int progress,
			List<String> pillars, List<UUID> objectives, List<String> painPoints) {
	}

	/**
	 * @throws InvalidInputException listing every problem
	 */
	Checked check(UUID organizationId, InitiativeDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("name", "must not be empty"));
		}
		else if (name.length() > 200) {
			problems.add(new FieldProblem("name", "must be at most 200 characters"));
		}
		String key = key(draft.key(), name);
		if (!Keys.valid(key)) {
			problems.add(new FieldProblem("key", "may use lower-case letters, digits, '.', '-' and '_' (up to 60)"));
		}
		String description = draft.description() == null ? "" : draft.description().strip();
		if (description.length() > 4000) {
			problems.add(new FieldProblem("description", "must be at most 4000 characters"));
		}
		if (draft.ownerId() != null && this.people.person(organizationId, draft.ownerId()).isEmpty()) {
			problems.add(new FieldProblem("owner", "is not a person of this organization"));
		}
		InitiativeStatus status = status(draft.status(), problems);
		if (draft.start() != null && draft.end() != null && draft.end().isBefore(draft.start())) {
			problems.add(new FieldProblem("end", "must be on or after the start (" + draft.start() + ")"));
		}
		BigDecimal budget = amount(draft.budget(), "budget", MAX_BUDGET, problems);
		BigDecimal fte = amount(draft.fte(), "fte", MAX_FTE, problems);
		int progress = draft.progress() == null ? 0 : draft.progress();
		if (progress < 0 || progress > 100) {
			problems.add(new FieldProblem("progress", "must be between 0 and 100"));
		}
		List<String> pillars = pillars(organizationId, draft.pillars(), problems);
		List<UUID> objectiveIds = objectives(organizationId, draft.objectives(), problems);
		List<String> painPoints = painPoints(draft.painPoints(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(key, name, description, draft.ownerId(), status, draft.start(), draft.end(), budget, fte,
				progress, pillars, objectiveIds, painPoints);
	}

	private static InitiativeStatus status(String given, List<FieldProblem> problems) {
		if (given == null || given.isBlank()) {
			return InitiativeStatus.PROPOSED;
		}
		try {
			return InitiativeStatus.valueOf(given.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("status",
					"must be one of proposed, planned, active, paused, completed, cancelled"));
			return InitiativeStatus.PROPOSED;
		}
	}

	private static BigDecimal amount(BigDecimal given, String field, BigDecimal max, List<FieldProblem> problems) {
		BigDecimal value = given == null ? BigDecimal.ZERO : given;
		if (value.signum() < 0) {
			problems.add(new FieldProblem(field, "must be zero or more"));
		}
		else if (value.compareTo(max) > 0) {
			problems.add(new FieldProblem(field, "is too large"));
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			problems.add(new FieldProblem(field, "may have at most two decimals"));
		}
		return value;
	}

	private List<String> pillars(UUID organizationId, List<String> given, List<FieldProblem> problems) {
		Set<String> known = new LinkedHashSet<>(this.charters.current(organizationId).content().pillars().stream()
			.map(Pillar::key).toList());
		Set<String> keys = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String key = given.get(i) == null ? "" : given.get(i).strip();
			if (!known.contains(key)) {
				problems.add(new FieldProblem("pillars[" + i + "]", "no pillar of the charter has the key \"" + key + "\""));
			}
			keys.add(key);
		}
		return List.copyOf(keys);
	}

	private List<UUID> objectives(UUID organizationId, List<String> given, List<FieldProblem> problems) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String ref = given.get(i) == null ? "" : given.get(i).strip();
			UUID found = objective(organizationId, ref);
			if (found == null) {
				problems.add(new FieldProblem("objectives[" + i + "]", "no objective has the id or key \"" + ref + "\""));
			}
			else {
				ids.add(found);
			}
		}
		return List.copyOf(ids);
	}

	private UUID objective(UUID organizationId, String ref) {
		if (ref.isEmpty()) {
			return null;
		}
		try {
			return this.objectives.byId(organizationId, UUID.fromString(ref)).map(ObjectiveSummary::id).orElse(null);
		}
		catch (IllegalArgumentException notAnId) {
			return this.objectives.byKey(organizationId, ref).map(ObjectiveSummary::id).orElse(null);
		}
	}

	private static List<String> painPoints(List<String> given, List<FieldProblem> problems) {
		Set<String> refs = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String ref = Objects.requireNonNullElse(given.get(i), "").strip();
			if (!PAIN_POINT.matcher(ref).matches()) {
				problems.add(new FieldProblem("painPoints[" + i + "]",
						"must read journey.stage.painPoint, e.g. new-patient.booking.phone-queue"));
			}
			refs.add(ref);
		}
		return List.copyOf(refs);
	}

	static String key(String given, String name) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		String base = Keys.fromName(name);
		return base.isEmpty() ? "-" : base;
	}

}
