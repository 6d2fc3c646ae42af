package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PlanModel.Seat;

/** SEAT_WITHOUT_PURPOSE: a seat states no contribution to the mission (missing or blank). */
public final class SeatWithoutPurposeRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.SEAT_WITHOUT_PURPOSE;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Seat seat : graph.file().seats()) {
			if (Findings.blank(seat.contribution())) {
				Subject subject = Subjects.seat(seat);
				findings.add(Findings.of(code(), subject,
						Evidence.of().put("team", seat.team()).put("responsibilities", seat.responsibilities().size()),
						"Write down how " + Subjects.quoted(subject) + " contributes to the mission, with its holder."));
			}
		}
		return findings;
	}

}
