package dev.plumbline.audit;

/**
 * How much a finding matters; ordered from most to least severe.
 */
public enum Severity {

	CRITICAL, WARNING, INFO;

	/** Whether this severity is at or above {@code other} (CRITICAL is above WARNING). */
	public boolean atLeast(Severity other) {
		return ordinal() <= other.ordinal();
	}

}
