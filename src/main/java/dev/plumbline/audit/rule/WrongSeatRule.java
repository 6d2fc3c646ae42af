package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PracticeModel.Gwc;

/**
 * WRONG_SEAT: a person's latest fit answers no to gets it, wants it or capacity. A fit without GWC
 * answers is not judged.
 */
public final class WrongSeatRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.WRONG_SEAT;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<String, Fit> entry : graph.latestFits().entrySet()) {
			Fit fit = entry.getValue();
			Gwc gwc = fit.gwc();
			if (gwc == null || (gwc.getsIt() && gwc.wantsIt() && gwc.capacity())) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			if (!gwc.getsIt()) {
				missing.add("getsIt");
			}
			if (!gwc.wantsIt()) {
				missing.add("wantsIt");
			}
			if (!gwc.capacity()) {
				missing.add("capacity");
			}
			Subject subject = Subjects.person(graph, entry.getKey());
			findings.add(Findings.of(code(), subject,
					Evidence.of().put("date", fit.date()).put("seat", fit.seat()).put("no", missing),
					"Talk with " + Subjects.quoted(subject) + " about the seat " + (fit.seat() == null ? "" : "'" + fit.seat() + "' ")
							+ "(" + String.join(", ", missing) + "): train, re-shape the seat, or find a seat that fits."));
		}
		return findings;
	}

}
