package dev.plumbline.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.ScratchDatabase;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Person pickers list a limited number of people and find the others by name, so that list pages of an
 * organization of thousands stay small.
 */
@PlumblineIntegrationTest
class PeoplePickerIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	PeopleQueries queries;

	@Autowired
	JdbcClient jdbc;

	TestOrganization org;

	@BeforeEach
	void aHundredAndFiftyPeople() {
		this.org = this.organizations.create();
		List<PlanModel.Person> people = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			people.add(new PlanModel.Person("p" + i, String.format("Person %03d", i), null, null));
		}
		people.add(new PlanModel.Person("percent", "Fifty% Fay", null, null));
		people.add(new PlanModel.Person("underscore", "Under_score Uma", null, null));
		people.add(new PlanModel.Person("backslash", "Back\\slash Bo", null, null));
		OrganizationFile file = OrganizationFile
			.empty(new OrganizationFile.Organization("Org " + this.org.slug(), this.org.slug()))
			.withPeople(people);
		this.importOrganization.replace(this.organizations.as(this.org.slug(), this.org.admin()), file,
				ImportProgress.none());
	}

	@Test
	void listsTheFirstPeopleByNameAndSaysThereAreMore() {
		PeopleQueries.Picker picker = this.queries.picker(this.org.id(), null, null, 100);

		assertThat(picker.people()).hasSize(100);
		assertThat(picker.more()).isTrue();
		assertThat(picker.people().get(0).name()).isEqualTo("Back\\slash Bo");
		assertThat(picker.people()).extracting(Person::name).isSorted();
	}

	@Test
	void findsPeopleByAnyPartOfTheirNameIgnoringCase() {
		PeopleQueries.Picker picker = this.queries.picker(this.org.id(), "  son 14", null, 100);

		assertThat(picker.people()).extracting(Person::name)
			.containsExactly("Person 140", "Person 141", "Person 142", "Person 143", "Person 144", "Person 145",
					"Person 146", "Person 147", "Person 148", "Person 149");
		assertThat(picker.more()).isFalse();
		assertThat(picker.search()).isEqualTo("son 14");
	}

	@Test
	void searchesForWildcardsAndBackslashesLiterally() {
		assertThat(this.queries.picker(this.org.id(), "%", null, 100).people()).extracting(Person::name)
			.containsExactly("Fifty% Fay");
		assertThat(this.queries.picker(this.org.id(), "_", null, 100).people()).extracting(Person::name)
			.containsExactly("Under_score Uma");
		assertThat(this.queries.picker(this.org.id(), "\\", null, 100).people()).extracting(Person::name)
			.containsExactly("Back\\slash Bo");
	}

	@Test
	void keepsThePersonAlreadyChosenEvenBeyondTheLimit() {
		UUID chosen = this.queries.personByKey(this.org.id(), "p149").orElseThrow().id();

		PeopleQueries.Picker picker = this.queries.picker(this.org.id(), "", chosen, 10);

		assertThat(picker.people()).hasSize(11);
		assertThat(picker.people().get(0).id()).isEqualTo(chosen);
		assertThatThrownBy(() -> this.queries.picker(this.org.id(), "", null, 0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("limit");
	}

	@Test
	void theObjectivesListOffersAFewOwnersAndASearchThatFindsTheRest() {
		// the first 25 by name: Back\slash Bo, Fifty% Fay, Person 000 … Person 022
		assertThat(this.mvc.get().uri("/o/{slug}/objectives", this.org.slug()).with(this.org.member().session()))
			.hasStatusOk()
			.bodyText()
			.contains("Person 022", "more — search by name", "/people/options")
			.doesNotContain("Person 023", "Person 149");
		assertThat(this.mvc.get()
			.uri("/o/{slug}/people/options?q={q}&empty={empty}", this.org.slug(), "person 149", "Anyone")
			.header("HX-Request", "true")
			.with(this.org.member().session()))
			.hasStatusOk()
			.bodyText()
			.contains("Person 149", "Anyone")
			.doesNotContain("Person 148", "<html");
	}

	@Test
	void readsTheFirstPeopleAndTeamsInTheirIndexOrderAndStopsAtTheLimit() {
		for (String team : List.of("Zeta", "Alpha", "Mid")) {
			this.jdbc.sql("INSERT INTO team (id, organization_id, team_key, name) VALUES (?, ?, ?, ?)")
				.params(UUID.randomUUID(), this.org.id(), team.toLowerCase(), team)
				.update();
		}
		assertThat(this.queries.teamPicker(this.org.id(), null, null, 2).teams()).extracting(Team::name)
			.containsExactly("Alpha", "Mid");
		if (ScratchDatabase.postgres()) {
			return; // PostgreSQL plans these by itself; the plans below are H2's
		}
		// H2 sorted all the organization's people (10,000 at scale L) for every picker before (V034, V038)
		String people = this.jdbc.sql("EXPLAIN ANALYZE " + this.queries.pickerSql(false))
			.param("org", this.org.id())
			.param("limit", 11)
			.query(String.class)
			.single();
		assertThat(people).contains("person_name_idx", "index sorted").containsPattern("scanCount: 1[12]\\b")
			.doesNotContainPattern("scanCount: 15[0-9]");
		String teams = this.jdbc.sql("EXPLAIN ANALYZE " + this.queries.teamPickerSql(true))
			.param("org", this.org.id())
			.param("pattern", "%a%")
			.param("limit", 2)
			.query(String.class)
			.single();
		assertThat(teams).contains("team_name_idx", "index sorted");
	}

}
