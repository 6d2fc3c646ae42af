package dev.plumbline.interchange;

import java.util.ArrayList;
import java.util.List;

import dev.plumbline.interchange.InvalidFileException.FileProblem;

/**
 * Collects the problems of one file in the order they are found, up to a limit that keeps a wildly
 * broken file from filling the memory.
 */
final class Problems {

	/** More problems than anyone reads; past it the reader stops and says so. */
	static final int LIMIT = 1_000;

	private final List<FileProblem> found = new ArrayList<>();

	private final int limit;

	Problems() {
		this(LIMIT);
	}

	Problems(int limit) {
		this.limit = limit;
	}

	/** Adds a problem; throws {@link Stop} once the limit is reached. */
	void add(String path, String value, String message) {
		this.found.add(new FileProblem(path, value, message));
		if (this.found.size() >= this.limit) {
			this.found.add(new FileProblem("$", null,
					"stopped after " + this.limit + " problems; fix these and read the file again"));
			throw new Stop();
		}
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	int size() {
		return this.found.size();
	}

	/** Throws {@link InvalidFileException} with every problem when there is any. */
	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidFileException(this.found);
		}
	}

	List<FileProblem> list() {
		return List.copyOf(this.found);
	}

	/** Thrown to stop reading when there is no point in going on (limit reached, syntax error). */
	static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

}
