package dev.plumbline.shared;

import java.util.UUID;

/**
 * A write worth keeping in the organization's trail: who did what to which thing. Every use case that
 * writes publishes one; the activity module records it in the same transaction.
 */
public interface TrailEvent {

	UUID organizationId();

	UUID actorId();

	/** What was done, e.g. {@code charter.revised}. */
	String action();

	/** What it was done to, e.g. {@code charter v4}. */
	String subject();

	/** One line a person can read. */
	String summary();

}
