package dev.plumbline.shared;

import java.util.List;

/**
 * Input that breaks a business rule; carries every problem found, not just the first. Answers 400.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(describe(problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	private static String describe(List<FieldProblem> problems) {
		return problems.stream().map(p -> p.field() + ": " + p.message()).collect(java.util.stream.Collectors.joining("; "));
	}

}
