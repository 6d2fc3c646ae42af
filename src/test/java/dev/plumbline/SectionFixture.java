package dev.plumbline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.people.ManagePeople;

/**
 * For the organization-file section tests: an organization with teams and people made through the real
 * use case, an import context that counts the rows reported, and row counts per organization.
 */
public class SectionFixture {

	private final TestOrganizations organizations;

	private final ManagePeople managePeople;

	private final JdbcClient jdbc;

	public SectionFixture(TestOrganizations organizations, ManagePeople managePeople, JdbcClient jdbc) {
		this.organizations = organizations;
		this.managePeople = managePeople;
		this.jdbc = jdbc;
	}

	/**
	 * A fresh organization with teams {@code clinics} (top), {@code east} and {@code west} (inside clinics)
	 * and people {@code ana} (clinics), {@code ben} (east), {@code cleo} (west).
	 */
	public TestOrganization organizationWithPeople() {
		TestOrganization org = this.organizations.create();
		var admin = this.organizations.as(org.slug(), org.admin());
		this.managePeople.addTeam(admin, new ManagePeople.NewTeam("clinics", "Clinics", null));
		this.managePeople.addTeam(admin, new ManagePeople.NewTeam("east", "East Side", "clinics"));
		this.managePeople.addTeam(admin, new ManagePeople.NewTeam("west", "West End", "clinics"));
		this.managePeople.addPerson(admin, new ManagePeople.NewPerson("ana", "Ana Lima", null, "clinics"));
		this.managePeople.addPerson(admin, new ManagePeople.NewPerson("ben", "Ben Okafor", null, "east"));
		this.managePeople.addPerson(admin, new ManagePeople.NewPerson("cleo", "Cleo Park", null, "west"));
		return org;
	}

	/** A fresh organization with the teams (parents first) and people of the file, made through the use case. */
	public TestOrganization organizationWithPeopleOf(OrganizationFile file) {
		TestOrganization org = this.organizations.create();
		var admin = this.organizations.as(org.slug(), org.admin());
		List<OrganizationFile.Team> left = new ArrayList<>(file.teams());
		Set<String> added = new HashSet<>();
		while (!left.isEmpty()) {
			OrganizationFile.Team next = left.stream()
				.filter(team -> team.parent() == null || added.contains(team.parent()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("teams in a cycle: " + left));
			this.managePeople.addTeam(admin, new ManagePeople.NewTeam(next.key(), next.name(), next.parent()));
			added.add(next.key());
			left.remove(next);
		}
		file.people()
			.forEach(person -> this.managePeople.addPerson(admin,
					new ManagePeople.NewPerson(person.key(), person.name(), person.email(), person.team())));
		return org;
	}

	/** An import context whose progress adds up the rows each section reports into {@code rows}. */
	public static ImportContext context(TestOrganization org, Map<String, Long> rows) {
		ImportProgress progress = (section, n) -> rows.merge(section, n, Long::sum);
		return new ImportContext(org.id(), org.admin().userId(), org.admin().displayName(), Instant.now(), progress);
	}

	public static ImportContext context(TestOrganization org) {
		return context(org, new ConcurrentHashMap<>());
	}

	/** Rows of {@code table} that belong to the organization. */
	public long count(String table, UUID organizationId) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE organization_id = :org")
			.param("org", organizationId)
			.query(Long.class)
			.single();
	}

}
