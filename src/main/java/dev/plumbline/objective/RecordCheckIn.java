package dev.plumbline.objective;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.organization.Permission;
import dev.plumbline.shared.Csv;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.UseCase;

/**
 * The owner of an objective (or a leader) records how a key result stands: one check-in from a form or
 * the API, or many from a CSV file, all or nothing.
 */
@UseCase
public class RecordCheckIn {

	/** The CSV columns, in order. {@code key_result_key} is {@code objectiveKey.krKey}. */
	public static final List<String> CSV_HEADER = List.of("key_result_key", "date", "value", "confidence", "note");

	private final ObjectiveStore store;

	private final ObjectiveAccess access;

	private final ObjectiveProgress progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecordCheckIn(ObjectiveStore store, ObjectiveAccess access, ObjectiveProgress progress,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.access = access;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
	}

	/** A check-in; a null date is today, confidence (0–1) may be null. */
	public record CheckIn(LocalDate date, BigDecimal value, BigDecimal confidence, String note) {
	}

	public void record(CurrentOrganization organization, UUID keyResultId, CheckIn checkIn) {
		ObjectiveStore.KeyResultHead kr = this.store.keyResult(organization.id(), keyResultId)
			.orElseThrow(() -> new NotFoundException("No key result " + keyResultId + " in this organization"));
		this.access.requireCheckIn(organization, kr.ownerId());
		List<FieldProblem> problems = new ArrayList<>();
		check(problems, "", checkIn);
		if (checkIn.date() != null && checkIn.date().isAfter(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("date", "must not be in the future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate date = checkIn.date() != null ? checkIn.date() : LocalDate.now(this.clock);
		this.store.insertCheckIn(organization.id(), kr.id(), date, checkIn.value(), checkIn.confidence(),
				checkIn.note() == null ? "" : checkIn.note().strip(), this.clock.instant(), organization.userId());
		this.progress.refresh(organization.id(), List.of(kr.objectiveId()));
		this.events.publishEvent(new CheckInRecorded(organization.id(), organization.userId(), kr.id(),
				kr.objectiveKey() + "." + kr.key(), date, checkIn.value(), 1));
	}

	/**
	 * Imports {@code key_result_key,date,value,confidence,note} rows (date as YYYY-MM-DD, confidence 0–1 or
	 * empty), all or nothing.
	 * @return how many check-ins were recorded
	 * @throws InvalidInputException naming every bad row by its line number ({@code line 3})
	 */
	public int importCsv(CurrentOrganization organization, String text) {
		organization.require(Permission.CHECK_IN);
		List<Csv.Row> rows = Csv.read(text, CSV_HEADER);
		Map<String, List<ObjectiveStore.KeyResultHead>> keyResults = this.store.keyResultsByPath(organization.id(),
				rows.stream().map(r -> r.get(0)).distinct().toList());
		List<FieldProblem> problems = new ArrayList<>();
		List<Runnable> writes = new ArrayList<>();
		Set<UUID> objectives = new HashSet<>();
		LocalDate today = LocalDate.now(this.clock);
		for (Csv.Row row : rows) {
			String line = "line " + row.line();
			List<String> reasons = new ArrayList<>();
			List<ObjectiveStore.KeyResultHead> matches = keyResults.getOrDefault(row.get(0), List.of());
			if (row.get(0).isEmpty()) {
				reasons.add("key_result_key is empty (write objectiveKey.krKey)");
			}
			else if (matches.isEmpty()) {
				reasons.add("no key result \"" + row.get(0) + "\" (write objectiveKey.krKey)");
			}
			else if (matches.size() > 1) {
				reasons.add("\"" + row.get(0) + "\" names more than one key result");
			}
			else if (!this.access.mayEdit(organization, matches.get(0).ownerId())) {
				reasons.add("you may not check in on \"" + row.get(0) + "\" (not yours)");
			}
			LocalDate date = null;
			try {
				date = LocalDate.parse(row.get(1));
				if (date.isAfter(today)) {
					reasons.add("date " + date + " is in the future");
				}
			}
			catch (DateTimeParseException ex) {
				reasons.add("date \"" + row.get(1) + "\" is not a date like 2026-03-31");
			}
			BigDecimal value = number(row.get(2), "value", reasons, false);
			BigDecimal confidence = number(row.get(3), "confidence", reasons, true);
			if (confidence != null && (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0)) {
				reasons.add("confidence " + row.get(3) + " is not between 0 and 1");
			}
			if (!reasons.isEmpty()) {
				problems.add(new FieldProblem(line, String.join("; ", reasons)));
				continue;
			}
			ObjectiveStore.KeyResultHead kr = matches.get(0);
			objectives.add(kr.objectiveId());
			LocalDate d = date;
			writes.add(() -> this.store.insertCheckIn(organization.id(), kr.id(), d, value, confidence, row.get(4),
					this.clock.instant(), organization.userId()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "has no rows below the header");
		}
		writes.forEach(Runnable::run);
		this.progress.refresh(organization.id(), objectives);
		this.events.publishEvent(new CheckInRecorded(organization.id(), organization.userId(), null, null, today, null,
				writes.size()));
		return writes.size();
	}

	private static BigDecimal number(String text, String name, List<String> reasons, boolean optional) {
		if (text.isEmpty()) {
			if (!optional) {
				reasons.add(name + " is empty");
			}
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			reasons.add(name + " \"" + text + "\" is not a number");
			return null;
		}
	}

	private static void check(List<FieldProblem> problems, String prefix, CheckIn c) {
		if (c.value() == null) {
			problems.add(new FieldProblem(prefix + "value", "is required: a number"));
		}
		if (c.confidence() != null && (c.confidence().signum() < 0 || c.confidence().compareTo(BigDecimal.ONE) > 0)) {
			problems.add(new FieldProblem(prefix + "confidence", "must be between 0 and 1"));
		}
		if (c.note() != null && c.note().length() > 2000) {
			problems.add(new FieldProblem(prefix + "note", "must be at most 2000 characters"));
		}
	}

}
