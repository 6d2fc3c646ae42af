package dev.plumbline.interchange.web;

import java.util.List;

import dev.plumbline.shared.FieldProblem;

/**
 * One consistent reading of an import job, for the progress page (the job itself moves on meanwhile);
 * {@code uploadPage} is where to try again.
 */
public record ImportStatus(String id, ImportJob.State state, long rows, long total, String section, String slug,
		List<FieldProblem> problems, String failure, String uploadPage) {

	public boolean running() {
		return this.state == ImportJob.State.READING || this.state == ImportJob.State.WRITING;
	}

	/** Share of rows written, 0–100. */
	public int percent() {
		return this.total == 0 ? 0 : (int) Math.min(100, this.rows * 100 / this.total);
	}

}
