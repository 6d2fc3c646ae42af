package dev.plumbline.shared;

/**
 * A body or upload over its size limit. Answers 413 and names the limit and the setting that raises it,
 * so the person knows what to split and the operator what to change.
 */
public class TooLargeException extends RuntimeException {

	private final long limitBytes;

	public TooLargeException(String what, long limitBytes, String setting) {
		super(what + " is larger than the limit of " + UploadLimits.describe(limitBytes) + " (" + setting + ").");
		this.limitBytes = limitBytes;
	}

	public long limitBytes() {
		return this.limitBytes;
	}

}
