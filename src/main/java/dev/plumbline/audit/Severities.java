package dev.plumbline.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts findings by severity, every severity present (zero when none).
 */
final class Severities {

	private Severities() {
	}

	static Map<Severity, Long> count(List<Finding> findings) {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		findings.forEach(finding -> counts.merge(finding.severity(), 1L, Long::sum));
		return counts;
	}

}
