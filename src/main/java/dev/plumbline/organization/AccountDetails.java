package dev.plumbline.organization;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import dev.plumbline.shared.PlumblineUser;

/**
 * The principal of a signed-in account. Roles are per organization, so the only authority here is
 * USER; what the person may do is decided against the organization in the request.
 */
record AccountDetails(UUID userId, String email, String displayName, String passwordHash, boolean locked,
		boolean viaApiToken) implements UserDetails, PlumblineUser {

	private static final long serialVersionUID = 1L;

	static AccountDetails of(Account account, boolean locked) {
		return new AccountDetails(account.id(), account.email(), account.displayName(), account.passwordHash(),
				locked, false);
	}

	static AccountDetails viaToken(Account account) {
		return new AccountDetails(account.id(), account.email(), account.displayName(), "", false, true);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

}
