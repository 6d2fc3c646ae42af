package dev.plumbline.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.SectionFixture;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.FitRating;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class SeatsAndFitsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ManagePeople managePeople;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeatSection seats;

	@Autowired
	FitSection fits;

	SectionFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new SectionFixture(this.organizations, this.managePeople, this.jdbc);
	}

	static OrganizationFile file() {
		Map<String, FitRating> anaValues = new LinkedHashMap<>();
		anaValues.put("dignity", FitRating.PLUS);
		anaValues.put("candour", FitRating.PLUS_MINUS);
		Map<String, FitRating> benValues = new LinkedHashMap<>();
		benValues.put("candour", FitRating.MINUS);
		benValues.put("dignity", FitRating.PLUS);
		return OrganizationFile.empty(new OrganizationFile.Organization("Test", "test"))
			.withSeats(List.of(
					new OrganizationFile.Seat("ceo", "Chief executive", "clinics", null, "Keeps the mission in view.",
							List.of("Sets direction", "Chairs the review"), "ana"),
					new OrganizationFile.Seat("east-lead", "East clinic lead", "east", "ceo",
							"Short waits in the east.", List.of(), "ben"),
					new OrganizationFile.Seat("nurse", "Head nurse", "east", "east-lead", null,
							List.of("Triage", "Rota", "Training"), null)))
			.withFits(List.of(
					new OrganizationFile.Fit("ana", "ceo", LocalDate.of(2026, 3, 1), anaValues,
							new OrganizationFile.Gwc(true, true, true), "Strong year."),
					new OrganizationFile.Fit("ben", "east-lead", LocalDate.of(2026, 1, 10), Map.of(), null, null),
					new OrganizationFile.Fit("ben", "east-lead", LocalDate.of(2026, 6, 1), benValues,
							new OrganizationFile.Gwc(true, false, true), "Talk about the rota.")));
	}

	@Test
	void loadsSeatsAndFitsStoresTheirColumnsAndExportsTheSameSections() {
		TestOrganization org = this.fixture.organizationWithPeople();
		Map<String, Long> progress = new HashMap<>();
		OrganizationFile file = file();
		this.seats.load(SectionFixture.context(org, progress), file);
		this.fits.load(SectionFixture.context(org, progress), file);

		assertThat(progress).containsEntry("seats", 3L).containsEntry("fits", 3L);
		assertThat(this.jdbc.sql("""
				SELECT r.seat_key FROM seat s JOIN seat r ON r.id = s.reports_to_id
				WHERE s.organization_id = :org AND s.seat_key = 'nurse'""").param("org", org.id()).query(String.class).single())
			.isEqualTo("east-lead");
		assertThat(this.jdbc.sql("SELECT holder_id IS NULL FROM seat WHERE organization_id = :org AND seat_key = 'nurse'")
			.param("org", org.id()).query(Boolean.class).single()).isTrue();
		assertThat(this.jdbc.sql("""
				SELECT responsibility FROM seat_responsibility r JOIN seat s ON s.id = r.seat_id
				WHERE s.seat_key = 'nurse' AND r.organization_id = :org ORDER BY r.position""")
			.param("org", org.id()).query(String.class).list()).containsExactly("Triage", "Rota", "Training");
		assertThat(this.jdbc.sql("""
				SELECT v.rating FROM fit_value_rating v JOIN fit f ON f.id = v.fit_id JOIN person p ON p.id = f.person_id
				WHERE p.person_key = 'ben' AND v.organization_id = :org AND v.value_key = 'candour'""")
			.param("org", org.id()).query(String.class).single()).isEqualTo("MINUS");
		assertThat(this.jdbc.sql("SELECT wants_it FROM fit WHERE organization_id = :org AND fit_date = :d")
			.param("org", org.id()).param("d", LocalDate.of(2026, 6, 1)).query(Boolean.class).single()).isFalse();

		OrganizationFile exported = this.fits.export(org.id(),
				this.seats.export(org.id(), OrganizationFile.empty(file.organization())));
		assertThat(exported.seats()).isEqualTo(file.seats());
		assertThat(exported.fits()).isEqualTo(file.fits());
		assertThat(List.copyOf(exported.fits().get(2).values().keySet())).containsExactly("candour", "dignity");
	}

	@Test
	void clearRemovesOnlyThisOrganizationsSeatsAndFits() {
		TestOrganization mine = this.fixture.organizationWithPeople();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		for (TestOrganization org : List.of(mine, theirs)) {
			this.seats.load(SectionFixture.context(org), file());
			this.fits.load(SectionFixture.context(org), file());
		}
		this.fits.clear(SectionFixture.context(mine));
		this.seats.clear(SectionFixture.context(mine));
		for (String table : List.of("seat", "seat_responsibility", "fit", "fit_value_rating")) {
			assertThat(this.fixture.count(table, mine.id())).as(table).isZero();
			assertThat(this.fixture.count(table, theirs.id())).as(table).isPositive();
		}
		assertThat(this.fixture.count("person", mine.id())).isEqualTo(3);
	}

	@Test
	void seatsPageShowsTheChartByReportsToAndMarksEmptySeats() {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.seats.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/seats", org.slug()).with(org.member().session())).hasStatusOk()
			.bodyText()
			.contains("Chief executive", "Ana Lima", "Keeps the mission in view.", "Empty seat", "Triage")
			.containsSubsequence("Chief executive", "East clinic lead", "Head nurse");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/seats", org.slug()).with(org.stakeholder().session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(3);
				assertThat(json).extractingPath("$.items[*].key").asArray().containsExactly("ceo", "east-lead", "nurse");
				assertThat(json).extractingPath("$.items[2].holderKey").isNull();
				assertThat(json).extractingPath("$.items[1].reportsTo").isEqualTo("ceo");
			});
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/seats/nurse", org.slug()).with(org.member().session()))
			.hasStatusOk().bodyJson().extractingPath("$.responsibilities").asArray().containsExactly("Triage", "Rota", "Training");
	}

	@Test
	void emptyStatesInviteAnImport() {
		TestOrganization org = this.organizations.create();
		assertThat(this.mvc.get().uri("/o/{slug}/seats", org.slug()).with(org.member().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
		assertThat(this.mvc.get().uri("/o/{slug}/fits", org.slug()).with(org.leader().session())).hasStatusOk()
			.bodyText()
			.contains("Import an organization file to fill this in");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "LEADER" })
	void leadersAndAdminsSeeTheLatestFitOfEachPerson(Role role) {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.seats.load(SectionFixture.context(org), file());
		this.fits.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/fits", org.slug()).with(org.in(role).session())).hasStatusOk()
			.bodyText()
			.contains("Ana Lima", "Ben Okafor", "Talk about the rota.", "2026-06-01")
			.doesNotContain("2026-01-10");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/fits", org.slug()).with(org.in(role).session()))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(2);
				assertThat(json).extractingPath("$.items[1].personKey").isEqualTo("ben");
				assertThat(json).extractingPath("$.items[1].date").isEqualTo("2026-06-01");
				assertThat(json).extractingPath("$.items[1].values[0].rating").isEqualTo("minus");
				assertThat(json).extractingPath("$.items[1].wantsIt").isEqualTo(false);
			});
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "MEMBER", "STAKEHOLDER" })
	void membersAndStakeholdersAreRefusedFits(Role role) {
		TestOrganization org = this.fixture.organizationWithPeople();
		this.seats.load(SectionFixture.context(org), file());
		this.fits.load(SectionFixture.context(org), file());
		assertThat(this.mvc.get().uri("/o/{slug}/fits", org.slug()).with(org.in(role).session())).hasStatus(403)
			.bodyText()
			.doesNotContain("Talk about the rota.");
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/fits", org.slug()).with(org.in(role).session()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/o/{slug}/seats", org.slug()).with(org.in(role).session())).hasStatusOk()
			.bodyText()
			.doesNotContain("/fits");
	}

	@Test
	void anotherOrganizationsSeatsAndFitsAre404() {
		TestOrganization mine = this.fixture.organizationWithPeople();
		TestOrganization theirs = this.fixture.organizationWithPeople();
		this.seats.load(SectionFixture.context(theirs), file());
		for (String path : List.of("/o/%s/seats", "/o/%s/fits", "/api/v1/orgs/%s/seats", "/api/v1/orgs/%s/seats/ceo",
				"/api/v1/orgs/%s/fits")) {
			assertThat(this.mvc.get().uri(path.formatted(theirs.slug())).with(mine.admin().session())).as(path)
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/api/v1/orgs/{slug}/seats/ceo", mine.slug()).with(mine.admin().session()))
			.hasStatus(404);
	}

}
