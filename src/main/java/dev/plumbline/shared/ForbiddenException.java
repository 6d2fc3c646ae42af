package dev.plumbline.shared;

/**
 * The caller may see the thing but their role does not allow this action. Answers 403.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
