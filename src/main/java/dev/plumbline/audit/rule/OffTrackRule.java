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
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Objective;

/**
 * OFF_TRACK: an active objective whose progress roll-up (0–100) trails the share of its time elapsed by
 * more than {@code offTrackPoints} (25), or whose latest check-in carrying a confidence says under
 * {@code offTrackConfidence} (0.4). Time elapsed = days from start to {@code asOf} over days from start
 * to due, clamped to 0–100; judged only with a start and a due date after it. One finding per objective,
 * listing the reasons ({@code behind}, {@code lowConfidence}).
 */
public final class OffTrackRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.OFF_TRACK;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Objective objective : graph.file().objectives()) {
			Finding finding = judge(graph, objective, asOf, thresholds);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return findings;
	}

	/** The finding on one objective, or null when it is on track (or not active). */
	Finding judge(AlignmentGraph graph, Objective objective, LocalDate asOf, Thresholds thresholds) {
		if (!Findings.active(objective.status())) {
			return null;
		}
		double progress = graph.objectives().progress(objective.key());
		Double elapsed = elapsed(objective, asOf);
		CheckIn confident = ObjectiveFacts.latestConfidence(objective);
		boolean behind = elapsed != null && elapsed - progress > thresholds.offTrackPoints();
		boolean unsure = confident != null && confident.confidence().compareTo(thresholds.offTrackConfidence()) < 0;
		if (!behind && !unsure) {
			return null;
		}
		List<String> reasons = new ArrayList<>();
		Evidence evidence = Evidence.of().put("progress", progress).put("timeElapsed", elapsed);
		if (confident != null) {
			evidence.put("latestConfidence", confident.confidence()).put("confidenceDate", confident.date());
		}
		if (behind) {
			reasons.add("behind");
		}
		if (unsure) {
			reasons.add("lowConfidence");
		}
		Subject subject = Subjects.objective(objective);
		return Findings.of(code(), subject, evidence.put("reasons", reasons), "Talk with the owner of "
				+ Subjects.quoted(subject) + " about what blocks it: add help, cut scope, or move the due date.");
	}

	/** Share of the objective's time elapsed at {@code asOf}, 0–100, or null without a usable start and due. */
	static Double elapsed(Objective objective, LocalDate asOf) {
		if (objective.start() == null || objective.due() == null || !objective.due().isAfter(objective.start())) {
			return null;
		}
		double total = Findings.daysBetween(objective.start(), objective.due());
		double gone = Findings.daysBetween(objective.start(), asOf);
		return Math.max(0, Math.min(100, 100 * gone / total));
	}

}
