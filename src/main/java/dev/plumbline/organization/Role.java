package dev.plumbline.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member's role in one organization. The role matrix lives here and nowhere else.
 */
public enum Role {

	ADMIN(EnumSet.allOf(Permission.class)),
	LEADER(EnumSet.of(Permission.READ, Permission.ACKNOWLEDGE_CHARTER, Permission.EDIT_CHARTER,
			Permission.MANAGE_PEOPLE, Permission.MANAGE_STRATEGY, Permission.CHECK_IN, Permission.VIEW_FITS)),
	MEMBER(EnumSet.of(Permission.READ, Permission.ACKNOWLEDGE_CHARTER, Permission.CHECK_IN)),
	/** Board, partners, customer panels: read-only. */
	STAKEHOLDER(EnumSet.of(Permission.READ));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public boolean may(Permission permission) {
		return this.permissions.contains(permission);
	}

}
