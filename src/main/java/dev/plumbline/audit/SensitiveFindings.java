package dev.plumbline.audit;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings drawn from fit assessments name a person's misfit: only those who may read fits see them
 * (and the points they cost); everyone else sees the scores without them.
 */
public final class SensitiveFindings {

	private static final Set<FindingCode> CODES = EnumSet.of(FindingCode.VALUES_MISFIT, FindingCode.WRONG_SEAT);

	private SensitiveFindings() {
	}

	public static boolean isSensitive(FindingCode code) {
		return CODES.contains(code);
	}

	static String sqlList() {
		return CODES.stream().map(code -> "'" + code.name() + "'").sorted().collect(Collectors.joining(", "));
	}

}
