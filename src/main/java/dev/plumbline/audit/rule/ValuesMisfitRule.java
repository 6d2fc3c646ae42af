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
import dev.plumbline.interchange.PracticeModel.FitRating;

/**
 * VALUES_MISFIT: a person's latest fit (see {@link AlignmentGraph#latestFits()}) rates a value minus, or
 * more than one value plus_minus.
 */
public final class ValuesMisfitRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.VALUES_MISFIT;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<String, Fit> entry : graph.latestFits().entrySet()) {
			Fit fit = entry.getValue();
			List<String> minus = keys(fit, FitRating.MINUS);
			List<String> plusMinus = keys(fit, FitRating.PLUS_MINUS);
			if (!minus.isEmpty() || plusMinus.size() > 1) {
				Subject subject = Subjects.person(graph, entry.getKey());
				findings.add(Findings.of(code(), subject,
						Evidence.of().put("date", fit.date()).put("seat", fit.seat()).put("minus", minus).put("plusMinus", plusMinus),
						"Hold a values conversation with " + Subjects.quoted(subject)
								+ " using the behaviours behind each value, and agree what changes by the next fit review."));
			}
		}
		return findings;
	}

	private static List<String> keys(Fit fit, FitRating rating) {
		return fit.values().entrySet().stream().filter(e -> e.getValue() == rating).map(Map.Entry::getKey).toList();
	}

}
