package dev.plumbline.organization;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads an account for form login by its e-mail.
 */
@Component
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalize(email))
			.map(account -> AccountDetails.of(account, account.lockedAt(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
	}

}
