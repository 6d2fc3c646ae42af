package dev.plumbline.interchange;

/**
 * Receives the rows an import writes, section by section: each call reports the rows written since the
 * previous call of that section (not a running total); a listener sums them.
 */
@FunctionalInterface
public interface ImportProgress {

	void rowsWritten(String section, long rows);

	static ImportProgress none() {
		return (section, rows) -> {
		};
	}

}
