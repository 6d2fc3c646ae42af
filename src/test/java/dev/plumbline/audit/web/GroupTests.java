package dev.plumbline.audit.web;

import org.junit.jupiter.api.Test;

import dev.plumbline.audit.Subject;

import static org.assertj.core.api.Assertions.assertThat;

class GroupTests {

	@Test
	void readsPillarAndTeamGroupsAndFallsBackToTheOrganization() {
		assertThat(Group.parse("pillar:access")).isEqualTo(new Group("pillar", "access"));
		assertThat(Group.parse("team:care").param()).isEqualTo("team:care");
		assertThat(Group.parse("person:pat").isOrganization()).isTrue();
		assertThat(Group.parse("pillar:").isOrganization()).isTrue();
		assertThat(Group.parse(null).kindOrOrganization()).isEqualTo("organization");
	}

	@Test
	void linksEachSubjectKindToItsPage() {
		assertThat(SubjectLinks.of("nw", new Subject("keyResult", "grow.kr2", "x"))).isEqualTo("/o/nw/objectives/key/grow");
		assertThat(SubjectLinks.of("nw", new Subject("painPoint", "intake.triage.wait", "x")))
			.isEqualTo("/o/nw/journeys/intake#pain-wait");
		assertThat(SubjectLinks.of("nw", new Subject("kpi", "no-show", "x"))).isEqualTo("/o/nw/kpis/key/no-show");
	}

}
