package dev.plumbline.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit as text for people: a header (organization, as-of date, index, the index of each pillar and
 * team), then the findings grouped by severity with counts, one line each
 * ({@code CODE  kind key — name: evidence}) and the suggested action indented below. ANSI colours only
 * when asked for.
 */
public final class AuditReportText {

	private static final String RESET = "\u001B[0m";

	private static final String BOLD = "\u001B[1m";

	private static final String DIM = "\u001B[2m";

	private AuditReportText() {
	}

	public static String render(AuditReport report, boolean colour) {
		Style style = new Style(colour);
		StringBuilder out = new StringBuilder();
		out.append(style.bold("Plumbline audit — " + report.organization()))
			.append(" (as of ")
			.append(report.asOf())
			.append(")\n");
		out.append("Alignment index: ").append(style.bold(report.index().organization().value() + "/100")).append('\n');
		appendScores(out, "Pillars", report.index().pillars());
		appendScores(out, "Teams", report.index().teams());
		Map<Severity, List<Finding>> bySeverity = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			bySeverity.put(severity, report.findings().stream().filter(f -> f.severity() == severity).toList());
		}
		out.append('\n');
		if (report.findings().isEmpty()) {
			out.append("No findings: everything the audit checks is in line.\n");
			return out.toString();
		}
		out.append("Findings: ")
			.append(bySeverity.entrySet()
				.stream()
				.map(e -> e.getValue().size() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
				.collect(Collectors.joining(", ")))
			.append('\n');
		for (Map.Entry<Severity, List<Finding>> group : bySeverity.entrySet()) {
			if (group.getValue().isEmpty()) {
				continue;
			}
			out.append('\n').append(style.severity(group.getKey(), group.getKey().name() + " (" + group.getValue().size() + ")")).append('\n');
			for (Finding finding : group.getValue()) {
				Subject subject = finding.subject();
				out.append("  ")
					.append(style.severity(finding.severity(), finding.code().name()))
					.append("  ")
					.append(subject.kind())
					.append(' ')
					.append(subject.key())
					.append(" — ")
					.append(subject.name() == null ? "" : subject.name());
				String evidence = evidence(finding.evidence());
				if (!evidence.isEmpty()) {
					out.append(": ").append(evidence);
				}
				out.append('\n').append("      ").append(style.dim("→ " + finding.action())).append('\n');
			}
		}
		return out.toString();
	}

	private static void appendScores(StringBuilder out, String label, List<AlignmentIndex.Score> scores) {
		if (scores.isEmpty()) {
			return;
		}
		out.append("  ").append(label).append(": ");
		out.append(scores.stream().map(s -> s.name() + " " + s.value()).collect(Collectors.joining(" · ")));
		out.append('\n');
	}

	static String evidence(Map<String, Object> evidence) {
		return evidence.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue())).collect(Collectors.joining(", "));
	}

	private static String value(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(AuditReportText::value).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return String.valueOf(value);
	}

	private record Style(boolean colour) {

		String bold(String text) {
			return this.colour ? BOLD + text + RESET : text;
		}

		String dim(String text) {
			return this.colour ? DIM + text + RESET : text;
		}

		String severity(Severity severity, String text) {
			if (!this.colour) {
				return text;
			}
			String code = switch (severity) {
				case CRITICAL -> "\u001B[1;31m";
				case WARNING -> "\u001B[33m";
				case INFO -> "\u001B[36m";
			};
			return code + text + RESET;
		}

	}

}
