package dev.plumbline.demo;

import org.springframework.stereotype.Component;

import dev.plumbline.organization.RegisterAccount;
import dev.plumbline.shared.PlumblineUser;

/**
 * Registers the demo's accounts with their published passwords.
 */
@Component
class DemoPeople {

	private final RegisterAccount registerAccount;

	DemoPeople(RegisterAccount registerAccount) {
		this.registerAccount = registerAccount;
	}

	PlumblineUser register(DemoLogins.Login login) {
		return new DemoOrganization.DemoUser(
				this.registerAccount.registerSeeded(login.email(), login.name(), login.password()), login.email(),
				login.name());
	}

}
