package dev.plumbline.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.audit.rule.AuditRule;
import dev.plumbline.audit.rule.AuditRules;
import dev.plumbline.audit.rule.PerceptionGapRule;
import dev.plumbline.interchange.OrganizationFile;

/**
 * The one audit: a pure function of an organization (from a file or from the database), its
 * thresholds and a reference date. Plain Java, no Spring. Graph → every rule → the index from those
 * findings → PERCEPTION_GAP against the teams' measured index → findings sorted → the final index
 * (docs/audit.md).
 */
public final class AuditEngine {

	/** Report order: severity (critical first), code (in the order of "Audit findings v1"), subject kind, key. */
	static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::code)
		.thenComparing(f -> f.subject().kind(), Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(f -> f.subject().key(), Comparator.nullsFirst(Comparator.naturalOrder()));

	private AuditEngine() {
	}

	/**
	 * Audits {@code organization} as of {@code asOf} with the thresholds it carries. Deterministic. A null
	 * {@code asOf} falls back to the file's {@code asOf}, then to today.
	 */
	public static AuditReport run(OrganizationFile organization, LocalDate asOf) {
		LocalDate today = asOf != null ? asOf : organization.asOf() != null ? organization.asOf() : LocalDate.now();
		Thresholds thresholds = Thresholds.of(organization.audit());
		AlignmentGraph graph = AlignmentGraph.of(organization);
		List<Finding> findings = new ArrayList<>();
		for (AuditRule rule : AuditRules.graphRules()) {
			findings.addAll(rule.apply(graph, today, thresholds));
		}
		IndexCalculator calculator = new IndexCalculator(graph);
		if (PerceptionGapRule.applies(graph, today)) {
			AlignmentIndex measured = calculator.index(sorted(findings));
			findings.addAll(new PerceptionGapRule(calculator.measuredTeams(measured)).apply(graph, today, thresholds));
		}
		List<Finding> ordered = sorted(findings);
		String name = organization.organization() == null ? null : organization.organization().name();
		return new AuditReport(name, today, calculator.index(ordered), ordered);
	}

	private static List<Finding> sorted(List<Finding> findings) {
		List<Finding> copy = new ArrayList<>(findings);
		copy.sort(ORDER);
		return List.copyOf(copy);
	}

}
