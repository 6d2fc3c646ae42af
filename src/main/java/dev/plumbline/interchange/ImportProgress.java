package dev.plumbline.interchange;

/**
 * Receives the number of rows an import has written, section by section.
 */
@FunctionalInterface
public interface ImportProgress {

	void rowsWritten(String section, long rows);

	static ImportProgress none() {
		return (section, rows) -> {
		};
	}

}
