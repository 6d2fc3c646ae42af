package dev.plumbline.demo;

import java.util.List;

import dev.plumbline.organization.Role;

/**
 * The demo's people. Their passwords are published on purpose (README, start-up log).
 */
final class DemoLogins {

	record Login(String email, String password, String name, Role role) {
	}

	static final String SLUG = "demo";

	static final Login ADMIN = new Login("admin@demo.plumbline.dev", "demo-admin", "Amara Okafor", Role.ADMIN);

	static final Login LEADER = new Login("leader@demo.plumbline.dev", "demo-leader", "Lena Fischer", Role.LEADER);

	static final Login MEMBER = new Login("member@demo.plumbline.dev", "demo-member", "Marco Rossi", Role.MEMBER);

	static final Login STAKEHOLDER = new Login("board@demo.plumbline.dev", "demo-board", "Beatriz Santos",
			Role.STAKEHOLDER);

	static final List<Login> ALL = List.of(ADMIN, LEADER, MEMBER, STAKEHOLDER);

	private DemoLogins() {
	}

}
