package dev.plumbline.audit;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.audit.AuditQueries.FindingFilter;
import dev.plumbline.audit.AuditQueries.Tally;

/**
 * Tallies of a run's findings by code and severity, and what they answer without the database: the counts
 * of a filter by code or severity only.
 */
final class FindingTallies {

	private FindingTallies() {
	}

	/** The tallies of {@code findings} (the sensitive ones only when {@code sensitive}), in report order. */
	static List<Tally> of(List<Finding> findings, boolean sensitive) {
		Map<List<Object>, Long> counted = new LinkedHashMap<>();
		for (Finding finding : findings) {
			if (sensitive || !SensitiveFindings.isSensitive(finding.code())) {
				counted.merge(List.of(finding.code(), finding.severity()), 1L, Long::sum);
			}
		}
		return inReportOrder(counted.entrySet()
			.stream()
			.map(e -> new Tally((FindingCode) e.getKey().get(0), (Severity) e.getKey().get(1), e.getValue()))
			.toList());
	}

	/** Severity, then code. */
	static List<Tally> inReportOrder(List<Tally> tallies) {
		return tallies.stream()
			.sorted(Comparator.comparing(Tally::severity).thenComparing(t -> t.code().name()))
			.toList();
	}

	/** A filter the tallies answer: by severity or code only, no subject kind, no group. */
	static boolean byCodeAndSeverityOnly(FindingFilter filter) {
		return (filter.kind() == null || filter.kind().isBlank())
				&& (filter.groupKind() == null || filter.groupKey() == null || filter.groupKey().isBlank());
	}

	/** How many findings pass the filter (by code or severity only), by severity, every severity present. */
	static Map<Severity, Long> counts(List<Tally> tallies, FindingFilter filter) {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		for (Tally tally : tallies) {
			if ((filter.severity() == null || filter.severity() == tally.severity())
					&& (filter.code() == null || filter.code() == tally.code())) {
				counts.merge(tally.severity(), tally.count(), Long::sum);
			}
		}
		return Collections.unmodifiableMap(counts);
	}

}
