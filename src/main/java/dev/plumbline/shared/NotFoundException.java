package dev.plumbline.shared;

/**
 * Something the caller asked for does not exist for them — including what exists in another
 * organization. Answers 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
