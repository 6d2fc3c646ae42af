package dev.plumbline.organization.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTests {

	@Test
	void marksTheItemAndItsMenuOfThePageActive() {
		assertThat(Navigation.active("/o/acme", "/o/acme/dashboard")).containsExactly("dashboard");
		assertThat(Navigation.active("/o/acme", "/o/acme/objectives/3f1c")).containsExactlyInAnyOrder("strategy", "objectives");
		assertThat(Navigation.active("/o/acme", "/o/acme/my/objectives")).containsExactlyInAnyOrder("strategy", "myObjectives");
		assertThat(Navigation.active("/o/acme", "/o/acme/kpis/nps")).containsExactlyInAnyOrder("strategy", "scorecard");
		assertThat(Navigation.active("/o/acme", "/o/acme/people")).containsExactlyInAnyOrder("peopleMenu", "people");
		assertThat(Navigation.active("/o/acme", "/o/acme/admin/audit-settings")).containsExactlyInAnyOrder("admin", "auditSettings");
		assertThat(Navigation.active("/o/acme", "/o/acme/admin/interchange")).containsExactlyInAnyOrder("admin", "interchange");
		assertThat(Navigation.active("/o/acme", "/o/acme/some/page/nobody/links")).isEmpty();
	}

	@Test
	void anOrganizationsSlugNeverMakesAnItemActive() {
		// judged below the organization's path: "the-charter-club" is not the Charter page
		assertThat(Navigation.active("/o/the-charter-club", "/o/the-charter-club/people")).doesNotContain("charter");
		assertThat(Navigation.active("/o/dashboard-fans", "/o/dashboard-fans/charter")).containsExactly("charter");
	}

}
