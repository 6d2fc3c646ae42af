package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.List;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;

/**
 * One finding code's rule: a pure function of the graph, the audit's "today" and the thresholds. The
 * findings come in a deterministic order (the file's order of the nodes).
 */
public interface AuditRule {

	FindingCode code();

	List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds);

}
