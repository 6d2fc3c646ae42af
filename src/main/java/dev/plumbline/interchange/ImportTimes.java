package dev.plumbline.interchange;

/**
 * Where an import's time went, for the log line each import writes: reading and checking the file,
 * clearing the previous content (a replace), writing the rows, and the commit with what runs inside it
 * (the listeners of {@link OrganizationImported}).
 */
final class ImportTimes {

	private final long started;

	private long read;

	private long cleared;

	private long written;

	private ImportTimes(long started) {
		this.started = started;
		this.read = started;
		this.cleared = started;
	}

	static ImportTimes start() {
		return new ImportTimes(System.nanoTime());
	}

	void read() {
		this.read = System.nanoTime();
		this.cleared = this.read;
	}

	void cleared() {
		this.cleared = System.nanoTime();
	}

	void written() {
		this.written = System.nanoTime();
	}

	/** Ends the measure at the commit and describes it. */
	String committed() {
		long now = System.nanoTime();
		return String.format(java.util.Locale.ROOT,
				"%d ms in all (read and check %d ms, clear %d ms, write %d ms, events and commit %d ms)",
				millis(this.started, now), millis(this.started, this.read), millis(this.read, this.cleared),
				millis(this.cleared, this.written), millis(this.written, now));
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
