package dev.plumbline.interchange;

import java.util.List;

import dev.plumbline.shared.FieldProblem;
import dev.plumbline.shared.InvalidInputException;

/**
 * An organization file that cannot be accepted, with every problem found (answers 400 through the
 * shared error mapping; the field of each problem is its path in the file).
 */
public class InvalidFileException extends InvalidInputException {

	private final List<FileProblem> fileProblems;

	public InvalidFileException(List<FileProblem> problems) {
		super(problems.stream().map(FileProblem::asFieldProblem).toList());
		this.fileProblems = List.copyOf(problems);
	}

	public List<FileProblem> fileProblems() {
		return this.fileProblems;
	}

	/** One problem: where ({@code initiatives[0].end}), the offending value as written (may be null), and why. */
	public record FileProblem(String path, String value, String message) {

		FieldProblem asFieldProblem() {
			return new FieldProblem(this.path, this.value == null ? this.message : this.message + " (was '" + this.value + "')");
		}

		@Override
		public String toString() {
			return asFieldProblem().field() + ": " + asFieldProblem().message();
		}

	}

}
