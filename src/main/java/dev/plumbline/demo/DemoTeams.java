package dev.plumbline.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.plumbline.organization.CurrentOrganization;
import dev.plumbline.people.ManagePeople;
import dev.plumbline.people.ManagePeople.NewPerson;
import dev.plumbline.people.ManagePeople.NewTeam;

/**
 * The demo's teams and people: three clinics, outreach, finance and the leadership team. The demo
 * accounts are people too (same e-mail), so that "my objectives" has something to show.
 */
@Component
class DemoTeams {

	static final List<NewTeam> TEAMS = List.of(new NewTeam("leadership", "Leadership team", null),
			new NewTeam("clinics", "Clinical operations", "leadership"),
			new NewTeam("eastside", "Eastside clinic", "clinics"), new NewTeam("riverbend", "Riverbend clinic", "clinics"),
			new NewTeam("outreach", "Community outreach", "leadership"), new NewTeam("finance", "Finance & grants", "leadership"),
			new NewTeam("people-ops", "People & culture", "leadership"));

	static final List<NewPerson> PEOPLE = List.of(
			new NewPerson("amara", "Amara Okafor", DemoLogins.ADMIN.email(), "leadership"),
			new NewPerson("lena", "Lena Fischer", DemoLogins.LEADER.email(), "leadership"),
			new NewPerson("marco", "Marco Rossi", DemoLogins.MEMBER.email(), "eastside"),
			new NewPerson("priya", "Dr. Priya Raman", "priya@northwind.example", "clinics"),
			new NewPerson("tom", "Tom Becker", "tom@northwind.example", "riverbend"),
			new NewPerson("sofia", "Sofia Alvarez", "sofia@northwind.example", "outreach"),
			new NewPerson("kwame", "Kwame Mensah", "kwame@northwind.example", "finance"),
			new NewPerson("hana", "Hana Sato", "hana@northwind.example", "people-ops"),
			new NewPerson("diego", "Diego Morales", "diego@northwind.example", "eastside"),
			new NewPerson("ines", "Inès Laurent", "ines@northwind.example", "riverbend"),
			new NewPerson("sam", "Sam Whitfield", "sam@northwind.example", "outreach"),
			new NewPerson("yara", "Yara Haddad", "yara@northwind.example", "finance"));

	private final ManagePeople managePeople;

	DemoTeams(ManagePeople managePeople) {
		this.managePeople = managePeople;
	}

	void seed(CurrentOrganization asAdmin) {
		TEAMS.forEach(team -> this.managePeople.addTeam(asAdmin, team));
		PEOPLE.forEach(person -> this.managePeople.addPerson(asAdmin, person));
	}

}
