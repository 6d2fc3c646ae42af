package dev.plumbline.interchange.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.shared.FieldProblem;

/**
 * An import running in the background for one account: how far it got, and how it ended (public for
 * the progress template).
 */
public class ImportJob implements ImportProgress {

	public enum State {

		READING, WRITING, DONE, INVALID, FAILED

	}

	private final String id;

	private final UUID accountId;

	private final Instant started;

	private final String uploadPage;

	private final AtomicLong rows = new AtomicLong();

	private volatile State state = State.READING;

	private volatile long total;

	private volatile String section = "";

	private volatile String slug;

	private volatile List<FieldProblem> problems = List.of();

	private volatile String failure;

	ImportJob(String id, UUID accountId, Instant started, String uploadPage) {
		this.id = id;
		this.uploadPage = uploadPage;
		this.accountId = accountId;
		this.started = started;
	}

	/** The state and the figures that go with it, read together. */
	synchronized ImportStatus status() {
		return new ImportStatus(this.id, this.state, this.rows.get(), this.total, this.section, this.slug,
				this.problems, this.failure, this.uploadPage);
	}

	synchronized void writing(long totalRows) {
		this.total = totalRows;
		this.state = State.WRITING;
	}

	@Override
	public void rowsWritten(String sectionName, long count) {
		this.section = sectionName;
		this.rows.addAndGet(count);
	}

	synchronized void done(String organizationSlug) {
		this.slug = organizationSlug;
		this.state = State.DONE;
	}

	synchronized void invalid(List<FieldProblem> fileProblems) {
		this.problems = List.copyOf(fileProblems);
		this.state = State.INVALID;
	}

	synchronized void failed(String message) {
		this.failure = message;
		this.state = State.FAILED;
	}

	public String id() {
		return this.id;
	}

	UUID accountId() {
		return this.accountId;
	}

	Instant started() {
		return this.started;
	}

	public State state() {
		return this.state;
	}

	public boolean running() {
		return this.state == State.READING || this.state == State.WRITING;
	}

	public long rows() {
		return this.rows.get();
	}

	public long total() {
		return this.total;
	}

	/** Share of rows written, 0–100. */
	public int percent() {
		return this.total == 0 ? 0 : (int) Math.min(100, this.rows.get() * 100 / this.total);
	}

	public String section() {
		return this.section;
	}

	public String slug() {
		return this.slug;
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	public String failure() {
		return this.failure;
	}

}
