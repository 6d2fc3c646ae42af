package dev.plumbline.organization;

import java.util.Objects;
import java.util.UUID;

import dev.plumbline.shared.ForbiddenException;
import dev.plumbline.shared.PlumblineUser;

/**
 * The organization a request is about, as seen by the signed-in member: resolved from the slug in the
 * path, present only when the caller belongs to it.
 */
public record CurrentOrganization(UUID id, String slug, String name, Role role, PlumblineUser user) {

	public CurrentOrganization {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(slug, "slug");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(user, "user");
	}

	public boolean may(Permission permission) {
		return this.role.may(permission);
	}

	/**
	 * @throws ForbiddenException when the member's role does not allow it
	 */
	public void require(Permission permission) {
		if (!may(permission)) {
			throw new ForbiddenException(
					"Your role (" + this.role + ") in " + this.name + " does not allow " + describe(permission) + ".");
		}
	}

	public UUID userId() {
		return this.user.userId();
	}

	private static String describe(Permission permission) {
		return permission.name().toLowerCase().replace('_', ' ');
	}

}
