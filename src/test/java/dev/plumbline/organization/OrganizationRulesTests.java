package dev.plumbline.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationRulesTests {

	@ParameterizedTest
	@CsvSource({ "demo, true", "northwind-clinics, true", "a1, true", "x, false", "-lead, false", "trail-, false",
			"Upper, false", "with space, false", "api, false", "import, false" })
	void slugs(String slug, boolean valid) {
		assertThat(Slugs.problem(slug).isEmpty()).as(slug).isEqualTo(valid);
	}

	@Test
	void suggestsSlugsFromNames() {
		assertThat(Slugs.suggest("Northwind Community Clinics")).isEqualTo("northwind-community-clinics");
		assertThat(Slugs.suggest("  Café Ünïon  ")).isEqualTo("cafe-union");
	}

	@ParameterizedTest
	@CsvSource({ "short, false", "password1234, false", "aaaaaaaaaaaaaaa, false", "ada-lovelace-2026, false",
			"correct horse battery, true" })
	void passwords(String password, boolean valid) {
		assertThat(PasswordPolicy.problem(password, "ada-lovelace@example.org").isEmpty()).as(password).isEqualTo(valid);
	}

	@Test
	void roleMatrix() {
		assertThat(Role.ADMIN.may(Permission.MANAGE_MEMBERS)).isTrue();
		assertThat(Role.ADMIN.may(Permission.VIEW_TRAIL)).isTrue();
		assertThat(Role.LEADER.may(Permission.EDIT_CHARTER)).isTrue();
		assertThat(Role.LEADER.may(Permission.MANAGE_MEMBERS)).isFalse();
		assertThat(Role.ADMIN.may(Permission.VIEW_FITS)).isTrue();
		assertThat(Role.LEADER.may(Permission.VIEW_FITS)).isTrue();
		assertThat(Role.MEMBER.may(Permission.VIEW_FITS)).isFalse();
		assertThat(Role.MEMBER.may(Permission.ACKNOWLEDGE_CHARTER)).isTrue();
		assertThat(Role.MEMBER.may(Permission.EDIT_CHARTER)).isFalse();
		for (Permission permission : Permission.values()) {
			assertThat(Role.STAKEHOLDER.may(permission)).as(permission.name()).isEqualTo(permission == Permission.READ);
		}
	}

}
