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

/** EMPTY_SEAT: a seat has no holder. */
public final class EmptySeatRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.EMPTY_SEAT;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Seat seat : graph.file().seats()) {
			if (Findings.blank(seat.holder())) {
				Subject subject = Subjects.seat(seat);
				findings.add(Findings.of(code(), subject, Evidence.of().put("team", seat.team()).put("reportsTo", seat.reportsTo()),
						"Fill " + Subjects.quoted(subject) + ", or give its responsibilities to another seat and remove it."));
			}
		}
		return findings;
	}

}
