package dev.plumbline.audit.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * SMART_ACHIEVABLE, as the objective module's SMART linter judges it: for a key result of an open
 * objective with a target, a due date and two or more dated check-ins spanning at least one day, the rate
 * still needed (from the latest value to the target, over the days from {@code asOf} to the due date) is
 * more than {@code achievableRateMultiple} (3) times the rate seen from the first to the latest check-in.
 * Rates count in the key result's direction. Already at the target: fine. Due date reached and target
 * not: fires. No progress seen (observed rate zero or backwards) while the target is ahead: fires. The
 * comparison is exact (decimals, cross-multiplied).
 */
public final class SmartAchievableRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.SMART_ACHIEVABLE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			judge(objective, asOf, thresholds, findings);
		}
		return findings;
	}

	/** Adds the findings on the objective's key results to {@code findings}. */
	void judge(Objective objective, LocalDate asOf, Thresholds thresholds, List<Finding> findings) {
		if (!Findings.open(objective.status()) || objective.due() == null) {
			return;
		}
		for (KeyResult kr : objective.keyResults()) {
			Evidence evidence = judge(kr, objective.due(), asOf, thresholds.achievableRateMultiple());
			if (evidence != null) {
				Subject subject = Subjects.keyResult(objective, kr);
				findings.add(Findings.of(code(), subject, evidence.put("objective", objective.key()),
						"Re-plan " + Subjects.quoted(subject) + ": lower the target, move the due date, or add the people and money to speed it up."));
			}
		}
	}

	/** The evidence when the key result is judged unachievable, else null (achievable or not judged). */
	static Evidence judge(KeyResult kr, LocalDate due, LocalDate asOf, BigDecimal multiple) {
		if (kr.target() == null || kr.checkIns().size() < 2) {
			return null;
		}
		CheckIn first = null;
		CheckIn last = null;
		int counted = 0;
		for (CheckIn c : kr.checkIns()) {
			if (c.date() == null || c.value() == null) {
				continue;
			}
			counted++;
			if (first == null || c.date().isBefore(first.date())) {
				first = c;
			}
			if (last == null || !c.date().isBefore(last.date())) {
				last = c;
			}
		}
		if (counted < 2) {
			return null;
		}
		long observedDays = Findings.daysBetween(first.date(), last.date());
		if (observedDays <= 0) {
			return null;
		}
		BigDecimal sign = kr.direction() == Direction.DECREASE ? BigDecimal.ONE.negate() : BigDecimal.ONE;
		BigDecimal remaining = sign.multiply(kr.target().subtract(last.value()));
		if (remaining.signum() <= 0) {
			return null;
		}
		BigDecimal moved = sign.multiply(last.value().subtract(first.value()));
		long daysLeft = Findings.daysBetween(asOf, due);
		boolean unreachable = daysLeft <= 0 || moved.signum() <= 0;
		// needed / observed > multiple  <=>  remaining * observedDays > multiple * moved * daysLeft
		if (!unreachable && remaining.multiply(BigDecimal.valueOf(observedDays))
			.compareTo(multiple.multiply(moved).multiply(BigDecimal.valueOf(daysLeft))) <= 0) {
			return null;
		}
		Evidence evidence = Evidence.of()
			.put("target", kr.target())
			.put("latest", last.value())
			.put("latestDate", last.date())
			.put("due", due)
			.put("daysLeft", daysLeft)
			.put("observedPerDay", moved.divide(BigDecimal.valueOf(observedDays), 3, RoundingMode.HALF_UP));
		if (daysLeft > 0) {
			evidence.put("neededPerDay", remaining.divide(BigDecimal.valueOf(daysLeft), 3, RoundingMode.HALF_UP));
		}
		return evidence;
	}

}
