package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.audit.graph.ObjectiveFacts;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;

/**
 * ZOMBIE_INITIATIVE: an active or paused initiative that continues after it should. One finding per
 * initiative, listing every reason that holds:
 * <ul>
 * <li>{@code pastEnd}: its end date is before {@code asOf};</li>
 * <li>{@code objectivesClosed}: it lists objectives and every one of them is completed or cancelled;</li>
 * <li>{@code noMovement}: the latest check-in on any key result of the objectives it lists, or its start
 * when there is none, is more than {@code zombieInactivityDays} (60) before {@code asOf}. With neither a
 * check-in nor a start date this reason is not judged. The {@code progress} field carries no date, so it
 * cannot show movement.</li>
 * </ul>
 */
public final class ZombieInitiativeRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.ZOMBIE_INITIATIVE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Initiative initiative : graph.file().initiatives()) {
			Finding finding = judge(graph, initiative, asOf, thresholds);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return findings;
	}

	/** The finding on one initiative, or null when it is alive (or neither active nor paused). */
	Finding judge(AlignmentGraph graph, Initiative initiative, LocalDate asOf, Thresholds thresholds) {
		if (initiative.status() != InitiativeStatus.ACTIVE && initiative.status() != InitiativeStatus.PAUSED) {
			return null;
		}
		List<String> reasons = new ArrayList<>();
		Evidence evidence = Evidence.of().put("status", initiative.status());
		if (initiative.end() != null && initiative.end().isBefore(asOf)) {
			reasons.add("pastEnd");
			evidence.put("end", initiative.end());
		}
		List<Objective> listed = initiative.objectives().stream().map(graph::objective).filter(o -> o != null).toList();
		if (!listed.isEmpty() && listed.stream()
			.allMatch(o -> o.status() == ObjectiveStatus.COMPLETED || o.status() == ObjectiveStatus.CANCELLED)) {
			reasons.add("objectivesClosed");
			evidence.put("objectives", listed.stream().map(Objective::key).toList());
		}
		LocalDate lastMoved = lastMovement(initiative, listed);
		if (lastMoved != null) {
			long idle = Findings.daysBetween(lastMoved, asOf);
			if (idle > thresholds.zombieInactivityDays()) {
				reasons.add("noMovement");
				evidence.put("lastMovement", lastMoved).put("daysWithoutMovement", idle);
			}
		}
		if (reasons.isEmpty()) {
			return null;
		}
		evidence.put("reasons", reasons);
		Subject subject = Subjects.initiative(initiative);
		return Findings.of(code(), subject, evidence, "Decide on " + Subjects.quoted(subject)
				+ ": close it as completed or cancelled, or give it a new end date and objectives that are still open.");
	}

	/** The latest check-in on the listed objectives' key results, else the initiative's start, else null. */
	static LocalDate lastMovement(Initiative initiative, List<Objective> listed) {
		LocalDate latest = null;
		for (Objective objective : listed) {
			LocalDate checkIn = ObjectiveFacts.latestCheckIn(objective);
			if (checkIn != null && (latest == null || checkIn.isAfter(latest))) {
				latest = checkIn;
			}
		}
		return latest != null ? latest : initiative.start();
	}

}
