package dev.plumbline.objective.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.ScaleOrganizations;
import dev.plumbline.interchange.ScaleOrganizations.Scale;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Team pickers (the objectives list's team filter, the objective form, the priorities page) list a limited
 * number of teams (the list's filter fewer than the others), always the one chosen, and find the others by name or key: through htmx as one types, or, without
 * JavaScript, when the form is submitted with the search.
 */
@PlumblineIntegrationTest
class TeamPickerIntegrationTests {

	/** 150 teams named "Team 0" … "Team 149": by name, "Team 99" comes last, past the first hundred. */
	static final Scale TEAMS = new Scale(150, 150, 300, 1, 0, 0, 0, 0);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	PeopleQueries people;

	TestOrganization org;

	@BeforeEach
	void aHundredAndFiftyTeams() {
		this.org = this.organizations.create();
		OrganizationFile file = ScaleOrganizations.generate(this.org.slug(), TEAMS, 3)
			.withOrganization(new OrganizationFile.Organization("Org " + this.org.slug(), this.org.slug()));
		this.importOrganization.replace(this.organizations.as(this.org.slug(), this.org.admin()), file,
				ImportProgress.none());
	}

	@Test
	void listsAHundredTeamsByNameFindsTheOthersByNameOrKeyAndKeepsTheChosenOne() {
		PeopleQueries.TeamPicker first = this.people.teamPicker(this.org.id(), null, null, 100);
		assertThat(first.teams()).hasSize(100).extracting(Team::name).isSorted().doesNotContain("Team 99");
		assertThat(first.more()).isTrue();

		assertThat(this.people.teamPicker(this.org.id(), " TEAM 14 ", null, 100).teams()).extracting(Team::name)
			.containsExactly("Team 14", "Team 140", "Team 141", "Team 142", "Team 143", "Team 144", "Team 145",
					"Team 146", "Team 147", "Team 148", "Team 149");
		assertThat(this.people.teamPicker(this.org.id(), "team-00007", null, 100).teams()).extracting(Team::name)
			.containsExactly("Team 7");
		assertThat(this.people.teamPicker(this.org.id(), "%", null, 100).teams()).isEmpty();
		PeopleQueries.TeamPicker kept = this.people.teamPicker(this.org.id(), "team 14", team("Team 99"), 100);
		assertThat(kept.teams()).extracting(Team::name).first().isEqualTo("Team 99");
		assertThat(kept.more()).isFalse();
		assertThatThrownBy(() -> this.people.teamPicker(this.org.id(), "", null, 0)).hasMessageContaining("limit");
	}

	@Test
	void theObjectivesListOffersAFewTeamsWithTheChosenOneSelected() {
		MvcTestResult list = get("/o/{slug}/objectives?team={team}", team("Team 99"));

		assertThat(list).hasStatusOk().bodyText().contains("/teams/options", "more — search by name",
				"aria-label=\"Search teams by name or key\"", "<label for=\"f-team\">Team</label>");
		assertThat(options(list, "f-team")).isEqualTo(1 + 1 + ObjectiveController.FILTER_CHOICES + 1);
		assertThat(selected(list, "f-team")).isEqualTo("Team 99");
		// the rows are Team 99's objectives only
		assertThat(text(list).split("<td class=\"small\">Team 99</td>", -1).length - 1).isEqualTo(2);
		assertThat(text(list)).doesNotContain("<td class=\"small\">Team 98</td>");
	}

	@Test
	void theOptionsFollowTheSearchAndKeepTheTeamChosen() {
		MvcTestResult found = this.mvc.get()
			.uri("/o/{slug}/teams/options?teamSearch={q}&team={team}&empty={empty}", this.org.slug(), "team 14",
					team("Team 99"), "All teams")
			.header("HX-Request", "true")
			.with(this.org.member().session())
			.exchange();

		assertThat(found).hasStatusOk().bodyText().contains("All teams", ">Team 149<").doesNotContain("<html",
				">Team 15<", "more — search");
		assertThat(text(found).split("<option", -1).length - 1).isEqualTo(1 + 1 + 11);
		assertThat(text(found)).containsPattern("value=\"" + team("Team 99") + "\" selected=\"selected\">Team 99<");
		assertThat(this.mvc.get().uri("/o/{slug}/teams/options", this.org.slug()).with(this.org.member().session()))
			.hasStatusOk().bodyText().doesNotContain("<option value=\"\">").contains("more — search by name");
	}

	@Test
	void withoutJavaScriptTheSubmittedSearchNarrowsThePickersOfTheList() {
		MvcTestResult list = get("/o/{slug}/objectives?teamSearch={q}&q={owner}", "team-0014", "person 14");

		assertThat(list).hasStatusOk().bodyText().contains("value=\"team-0014\"", "value=\"person 14\"");
		// "All teams", Team 140 … Team 149; "Anyone", Person 14, Person 140 … Person 149
		assertThat(options(list, "f-team")).isEqualTo(11);
		assertThat(options(list, "f-owner")).isEqualTo(12);
	}

	@Test
	void aTeamThatIsNoIdIsRefusedNamingTheField() {
		assertThat(get("/o/{slug}/objectives?team={team}", "team-00007")).hasStatus(400).bodyText()
			.contains("team: must be a valid value (was &#39;team-00007&#39;)");
		assertThat(this.mvc.get().uri("/o/{slug}/teams/options?team={team}", this.org.slug(), "nope")
			.header("HX-Request", "true").with(this.org.member().session())).hasStatus(400).bodyText()
			.contains("team: must be a valid value");
	}

	@Test
	void anotherOrganizationsTeamIsNeverOffered() {
		TestOrganization theirs = this.organizations.create();
		UUID mine = team("Team 99");

		assertThat(this.mvc.get().uri("/o/{slug}/teams/options?team={team}", theirs.slug(), mine)
			.with(theirs.member().session())).hasStatusOk().bodyText().doesNotContain(mine.toString());
		assertThat(this.mvc.get().uri("/o/{slug}/teams/options", this.org.slug()).with(theirs.member().session()))
			.hasStatus(404);
	}

	@Test
	void theObjectiveFormAndThePrioritiesOfferAHundredTeams() {
		MvcTestResult form = this.mvc.get().uri("/o/{slug}/objectives/new", this.org.slug())
			.with(this.org.leader().session()).exchange();
		MvcTestResult ranking = get("/o/{slug}/objectives/ranking");
		MvcTestResult ranking99 = get("/o/{slug}/objectives/ranking?team={team}", team("Team 99"));

		assertThat(form).hasStatusOk().bodyText().contains("— no team —", "/teams/options");
		assertThat(options(form, "team")).isEqualTo(1 + 100 + 1);
		assertThat(options(ranking, "rank-team")).isEqualTo(100 + 1);
		assertThat(selected(ranking, "rank-team")).isEqualTo("Team 0");
		assertThat(text(ranking)).doesNotContain("This team has no objectives.");
		assertThat(options(ranking99, "rank-team")).isEqualTo(1 + 100 + 1);
		assertThat(selected(ranking99, "rank-team")).isEqualTo("Team 99");
	}

	private MvcTestResult get(String uri, Object... values) {
		Object[] variables = new Object[values.length + 1];
		variables[0] = this.org.slug();
		System.arraycopy(values, 0, variables, 1, values.length);
		return this.mvc.get().uri(uri, variables).with(this.org.member().session()).exchange();
	}

	private UUID team(String name) {
		return this.people.teams(this.org.id()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** The number of options of the select with this id. */
	static int options(MvcTestResult result, String id) {
		return select(result, id).split("<option", -1).length - 1;
	}

	private static String selected(MvcTestResult result, String id) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("selected=\"selected\">([^<]*)<")
			.matcher(select(result, id));
		return m.find() ? m.group(1) : null;
	}

	private static String select(MvcTestResult result, String id) {
		String body = text(result);
		int start = body.indexOf("<select id=\"" + id + "\"");
		assertThat(start).as("select #" + id).isNotNegative();
		return body.substring(start, body.indexOf("</select>", start));
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
