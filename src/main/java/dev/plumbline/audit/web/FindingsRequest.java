package dev.plumbline.audit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.plumbline.audit.AuditQueries.FindingFilter;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Severity;
import dev.plumbline.audit.Subject;
import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;

/**
 * The filter and page of the audit API's findings ({@code ?code=&severity=&entity=&pillar=&team=&page=&size=}),
 * checked: each bad parameter is named with its reason (400), none is silently replaced.
 */
record FindingsRequest(FindingCode code, Severity severity, String entity, String pillar, String team, int page,
		int size) {

	static final int DEFAULT_SIZE = 100;

	static final int MAX_SIZE = 500;

	/** Parses the raw parameters (null when absent); throws with every problem found. */
	static FindingsRequest parse(String code, String severity, String entity, String pillar, String team, String page,
			String size) {
		List<FieldProblem> problems = new ArrayList<>();
		FindingCode findingCode = null;
		if (present(code)) {
			try {
				findingCode = FindingCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("code", "no finding code \"" + code.strip() + "\"; one of "
						+ Arrays.stream(FindingCode.values()).map(Enum::name).collect(Collectors.joining(", "))));
			}
		}
		Severity findingSeverity = null;
		if (present(severity)) {
			try {
				findingSeverity = Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("severity", "no severity \"" + severity.strip() + "\"; one of "
						+ Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", "))));
			}
		}
		String kind = present(entity) ? entity.strip() : null;
		if (kind != null && !Subject.KINDS.contains(kind)) {
			problems.add(new FieldProblem("entity",
					"no kind of subject \"" + kind + "\"; one of " + String.join(", ", Subject.KINDS)));
		}
		if (present(pillar) && present(team)) {
			problems.add(new FieldProblem("team", "give either pillar or team, not both"));
		}
		int pageNumber = number(problems, "page", page, 0, 0, Integer.MAX_VALUE);
		int pageSize = number(problems, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new FindingsRequest(findingCode, findingSeverity, kind, present(pillar) ? pillar.strip() : null,
				present(team) ? team.strip() : null, pageNumber, pageSize);
	}

	/** The filter for the query; {@code sensitive} false hides the findings drawn from fit assessments. */
	FindingFilter filter(boolean sensitive) {
		String groupKind = this.pillar != null ? "pillar" : this.team != null ? "team" : null;
		String groupKey = this.pillar != null ? this.pillar : this.team;
		return new FindingFilter(this.severity, this.code, this.entity, groupKind, groupKey, sensitive);
	}

	/** Whether only code and severity filter (or nothing): then the tallies already hold the total. */
	boolean onlyCodeAndSeverity() {
		return this.entity == null && this.pillar == null && this.team == null;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static int number(List<FieldProblem> problems, String name, String value, int absent, int min, int max) {
		if (!present(value)) {
			return absent;
		}
		int number;
		try {
			number = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(name, "must be a whole number, was \"" + value.strip() + "\""));
			return absent;
		}
		if (number < min || number > max) {
			problems.add(new FieldProblem(name, max == Integer.MAX_VALUE ? "must be at least " + min + ", was " + number
					: "must be between " + min + " and " + max + ", was " + number));
			return absent;
		}
		return number;
	}

}
