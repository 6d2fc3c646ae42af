package dev.plumbline.objective;

/**
 * Where an objective stands; the audit treats only ACTIVE objectives as live.
 */
public enum ObjectiveStatus {

	PLANNED, ACTIVE, COMPLETED, CANCELLED

}
