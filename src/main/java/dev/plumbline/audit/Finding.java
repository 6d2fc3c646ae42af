package dev.plumbline.audit;

import java.util.Map;

/**
 * One thing out of alignment: a stable code, its severity, the node it is about, the evidence (the
 * figures and dates behind it, in a stable order; values are strings, numbers, booleans, ISO dates as
 * strings, or lists of those) and a suggested next step in plain words.
 */
public record Finding(FindingCode code, Severity severity, Subject subject, Map<String, Object> evidence,
		String action) {

}
