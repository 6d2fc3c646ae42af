package dev.plumbline.strategy;

/**
 * Where an initiative stands. PROPOSED, PLANNED and ACTIVE are live; PAUSED is stopped but not closed.
 */
public enum InitiativeStatus {

	PROPOSED, PLANNED, ACTIVE, PAUSED, COMPLETED, CANCELLED;

	/** Live work that should serve a pillar (the audit's orphan rule looks at these). */
	public boolean live() {
		return this == PROPOSED || this == PLANNED || this == ACTIVE;
	}

}
