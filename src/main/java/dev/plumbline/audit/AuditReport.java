package dev.plumbline.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of one audit: the organization's name, the audit's "today", the index and every finding
 * (ordered by severity, code, subject key). Rendered identically by the command line and the API.
 */
public record AuditReport(String organization, LocalDate asOf, AlignmentIndex index, List<Finding> findings) {

}
