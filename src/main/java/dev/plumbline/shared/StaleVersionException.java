package dev.plumbline.shared;

/**
 * An edit was made from a version that is no longer current: someone else saved in between.
 * Answers 409; nothing is written.
 */
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleVersionException(String message, long currentVersion) {
		super(message);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
