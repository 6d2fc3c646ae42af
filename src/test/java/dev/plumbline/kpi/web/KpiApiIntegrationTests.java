package dev.plumbline.kpi.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestUser;
import dev.plumbline.kpi.KpiFixture;
import dev.plumbline.kpi.KpiFixture.Org;
import dev.plumbline.kpi.KpiQueries;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class KpiApiIntegrationTests {

	private static final String NEW_KPI = """
			{"name": "Patients seen per week", "unit": "patients", "owner": "marco", "pillars": ["access", "quality"],
			 "cadence": "weekly", "direction": "increase", "target": 650, "thresholds": {"red": 500, "green": 600}}
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	KpiQueries queries;

	KpiFixture kpis;

	@BeforeEach
	void fixture(@Autowired AutowireCapableBeanFactory beans) {
		this.kpis = beans.createBean(KpiFixture.class);
	}

	@Test
	void createsAKpiAndReadsItBack() {
		Org org = this.kpis.organization();
		var created = post(org, org.org().leader(), "/kpis", NEW_KPI);
		assertThat(created).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.key").isEqualTo("patients-seen-per-week");
			assertThat(json).extractingPath("$.owner.key").isEqualTo("marco");
			assertThat(json).extractingPath("$.pillars").asArray().containsExactly("access", "quality");
			assertThat(json).extractingPath("$.cadence").isEqualTo("WEEKLY");
			assertThat(json).extractingPath("$.direction").isEqualTo("INCREASE");
			assertThat(json).extractingPath("$.thresholds.red").isEqualTo(500);
			assertThat(json).extractingPath("$.status").isEqualTo("NONE");
			assertThat(json).extractingPath("$.stale").isEqualTo(true);
			assertThat(json).extractingPath("$.version").isEqualTo(0);
		});
		UUID id = this.queries.all(org.org().id()).get(0).id();
		assertThat(get(org, org.org().stakeholder(), "/kpis/" + id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Patients seen per week");
	}

	@Test
	void refusesABadDefinitionNamingEveryField() {
		Org org = this.kpis.organization();
		String body = """
				{"key": "Not a key", "name": "", "owner": "nobody", "pillars": ["moon"], "cadence": "daily",
				 "direction": "up", "thresholds": {"green": 5}}
				""";
		assertThat(post(org, org.org().leader(), "/kpis", body)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("key", "name", "owner", "pillars[0]", "cadence", "direction", "target",
					"thresholds.red");
	}

	@Test
	void refusesThresholdsThatDisagreeWithTheDirection() {
		Org org = this.kpis.organization();
		String body = NEW_KPI.replace("\"target\": 650", "\"target\": 550").replace("\"red\": 500", "\"red\": 700");
		assertThat(post(org, org.org().leader(), "/kpis", body)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("thresholds.red", "target");
	}

	@Test
	void listsPageByPageWithFilters() {
		Org org = this.kpis.organization();
		UUID vaccination = this.kpis.vaccination(org, "marco");
		UUID noShows = this.kpis.noShows(org, null);
		this.kpis.measure(org, vaccination, this.kpis.today(), "70");
		this.kpis.measure(org, noShows, this.kpis.today().minusDays(30), "9");
		assertThat(get(org, org.org().member(), "/kpis?size=1&page=1")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.total").isEqualTo(2);
			assertThat(json).extractingPath("$.items[0].name").isEqualTo("Vaccination rate");
		});
		assertThat(get(org, org.org().member(), "/kpis?status=red")).bodyJson()
			.extractingPath("$.items[*].key").asArray().containsExactly("vaccination");
		assertThat(get(org, org.org().member(), "/kpis?status=GREEN")).bodyJson()
			.extractingPath("$.items[*].key").asArray().containsExactly("no-shows");
		assertThat(get(org, org.org().member(), "/kpis?status=stale")).bodyJson()
			.extractingPath("$.items[*].key").asArray().containsExactly("no-shows");
		assertThat(get(org, org.org().member(), "/kpis?pillar=quality")).bodyJson()
			.extractingPath("$.items[*].key").asArray().containsExactly("no-shows");
		assertThat(get(org, org.org().member(), "/kpis?owner=marco")).bodyJson()
			.extractingPath("$.items[*].key").asArray().containsExactly("vaccination");
		assertThat(get(org, org.org().member(), "/kpis?owner=" + org.marco())).bodyJson()
			.extractingPath("$.total").isEqualTo(1);
		assertThat(get(org, org.org().member(), "/kpis?status=purple")).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
	}

	@Test
	void twoEditsFromTheSameVersionTheSecondIsRefusedWith409() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		String edit = """
				{"key": "vaccination", "name": "%s", "unit": "%%", "pillars": ["access"], "cadence": "monthly",
				 "direction": "increase", "target": 95, "thresholds": {"red": 80, "green": 90}, "version": 0}
				""";
		assertThat(put(org, org.org().leader(), id, edit.formatted("Childhood vaccination rate"))).hasStatusOk()
			.bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(put(org, org.org().admin(), id, edit.formatted("Vaccination coverage"))).hasStatus(409)
			.bodyJson().extractingPath("$.currentVersion").isEqualTo(1);
		assertThat(this.queries.kpi(org.org().id(), id).name()).isEqualTo("Childhood vaccination rate");
		assertThat(put(org, org.org().leader(), id, edit.replace(", \"version\": 0", "").formatted("x")))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("version");
	}

	@Test
	void recordsAMeasurementAndASecondOnTheSameDateReplacesIt() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		String day = this.kpis.today().minusDays(3).toString();
		assertThat(post(org, org.org().leader(), "/kpis/" + id + "/measurements", "{\"date\": \"" + day + "\", \"value\": 85.5}"))
			.hasStatus(201).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.latest.value").isEqualTo(85.5);
				assertThat(json).extractingPath("$.status").isEqualTo("AMBER");
				assertThat(json).extractingPath("$.stale").isEqualTo(false);
			});
		assertThat(post(org, org.org().leader(), "/kpis/" + id + "/measurements", "{\"date\": \"" + day + "\", \"value\": 91}"))
			.hasStatus(201).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.measurements").asArray().hasSize(1);
				assertThat(json).extractingPath("$.latest.value").isEqualTo(91);
				assertThat(json).extractingPath("$.status").isEqualTo("GREEN");
			});
	}

	@Test
	void refusesAMeasurementWithoutValueOrInTheFuture() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		String body = "{\"date\": \"" + this.kpis.today().plusDays(1) + "\"}";
		assertThat(post(org, org.org().leader(), "/kpis/" + id + "/measurements", body)).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("date", "value");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyLeadersAndAdminsDefineAndEditKpisEveryoneReads(Role role) {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		boolean manages = role == Role.ADMIN || role == Role.LEADER;
		TestUser user = org.org().in(role);
		assertThat(post(org, user, "/kpis", NEW_KPI)).hasStatus(manages ? 201 : 403);
		assertThat(put(org, user, id, """
				{"name": "Vaccination", "cadence": "monthly", "direction": "increase", "target": 95,
				 "thresholds": {"red": 80, "green": 90}, "version": 0}
				""")).hasStatus(manages ? 200 : 403);
		assertThat(get(org, user, "/kpis")).hasStatusOk();
		assertThat(get(org, user, "/kpis/" + id)).hasStatusOk();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void leadersAdminsAndTheOwnerRecordMeasurements(Role role) {
		Org org = this.kpis.organization();
		UUID marcos = this.kpis.vaccination(org, "marco");
		UUID priyas = this.kpis.noShows(org, "priya");
		String body = "{\"date\": \"" + this.kpis.today() + "\", \"value\": 88}";
		TestUser user = org.org().in(role);
		boolean manages = role == Role.ADMIN || role == Role.LEADER;
		assertThat(post(org, user, "/kpis/" + marcos + "/measurements", body))
			.hasStatus(manages || role == Role.MEMBER ? 201 : 403);
		assertThat(post(org, user, "/kpis/" + priyas + "/measurements", body)).hasStatus(manages ? 201 : 403);
	}

	@Test
	void anotherOrganizationsKpiIsNotFound() {
		Org mine = this.kpis.organization();
		Org theirs = this.kpis.organization();
		UUID id = this.kpis.vaccination(theirs, null);
		assertThat(get(mine, mine.org().admin(), "/kpis/" + id)).hasStatus(404);
		assertThat(put(mine, mine.org().admin(), id, """
				{"name": "Mine now", "cadence": "monthly", "direction": "increase", "target": 95,
				 "thresholds": {"red": 80, "green": 90}, "version": 0}
				""")).hasStatus(404);
		assertThat(post(mine, mine.org().admin(), "/kpis/" + id + "/measurements",
				"{\"date\": \"" + this.kpis.today() + "\", \"value\": 1}")).hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/kpis/{id}", mine.slug(), id).with(mine.org().admin().session()))
			.hasStatus(404);
		assertThat(get(theirs, mine.org().admin(), "/kpis")).hasStatus(404);
		assertThat(this.queries.kpi(theirs.org().id(), id).name()).isEqualTo("Vaccination rate");
	}

	@Test
	void importsAGoodCsvBody() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		this.kpis.noShows(org, null);
		String csv = "kpi_key,date,value\nvaccination,%s,81\nvaccination,%s,86.5\nno-shows,%s,12\n".formatted(
				this.kpis.today().minusDays(60), this.kpis.today().minusDays(30), this.kpis.today());
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/kpis/measurements.csv", org.slug())
			.with(org.org().leader().session()).with(csrf()).contentType("text/csv").content(csv))
			.hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(3);
		assertThat(this.queries.kpi(org.org().id(), id).latestValue()).isEqualByComparingTo("86.5");
		assertThat(this.queries.measurements(org.org().id(), id)).hasSize(2);
	}

	@Test
	void importsAMultipartFile() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		var file = new org.springframework.mock.web.MockMultipartFile("file", "m.csv", "text/csv",
				("kpi_key,date,value\r\nvaccination," + this.kpis.today() + ",92\r\n").getBytes());
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/kpis/measurements.csv", org.slug())
			.multipart().file(file).with(org.org().leader().session()).with(csrf()))
			.hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(1);
		assertThat(this.queries.kpi(org.org().id(), id).status().name()).isEqualTo("GREEN");
	}

	@Test
	void refusesABadCsvWholeListingEveryBadLine() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		String today = this.kpis.today().toString();
		String csv = String.join("\n", "kpi_key,date,value", "vaccination," + today + ",81", "unknown," + today + ",1",
				"vaccination,31/12/2025,2", "vaccination,2026-01-05,lots", "vaccination," + today + ",3",
				"vaccination," + this.kpis.today().plusDays(5) + ",4", ",2026-01-06,");
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/kpis/measurements.csv", org.slug())
			.with(org.org().leader().session()).with(csrf()).contentType("text/csv").content(csv))
			.hasStatus(400).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.errors[*].field").asArray()
					.containsExactly("line 3", "line 4", "line 5", "line 6", "line 7", "line 8");
				assertThat(json).extractingPath("$.errors[0].message").asString().contains("no KPI has the key \"unknown\"");
				assertThat(json).extractingPath("$.errors[1].message").asString().contains("31/12/2025");
				assertThat(json).extractingPath("$.errors[2].message").asString().contains("not a number");
				assertThat(json).extractingPath("$.errors[3].message").asString().contains("same KPI and date as line 2");
				assertThat(json).extractingPath("$.errors[4].message").asString().contains("future");
				assertThat(json).extractingPath("$.errors[5].message").asString().contains("kpi_key is empty", "value is empty");
			});
		assertThat(this.queries.measurements(org.org().id(), id)).isEmpty();
	}

	@Test
	void aMemberImportsOnlyForKpisTheyOwn() {
		Org org = this.kpis.organization();
		this.kpis.vaccination(org, "marco");
		this.kpis.noShows(org, "priya");
		String csv = "kpi_key,date,value\nvaccination,%s,81\nno-shows,%s,12\n".formatted(this.kpis.today(), this.kpis.today());
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/kpis/measurements.csv", org.slug())
			.with(org.org().member().session()).with(csrf()).contentType("text/csv").content(csv))
			.hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("line 3");
		assertThat(this.mvc.post().uri("/api/v1/orgs/{slug}/kpis/measurements.csv", org.slug())
			.with(org.org().stakeholder().session()).with(csrf()).contentType("text/csv").content(csv))
			.hasStatus(403);
	}

	private MockMvcTester.MockMvcRequestBuilder get(Org org, TestUser user, String path) {
		return this.mvc.get().uri("/api/v1/orgs/" + org.slug() + path).with(user.session());
	}

	private MockMvcTester.MockMvcRequestBuilder post(Org org, TestUser user, String path, String json) {
		return this.mvc.post().uri("/api/v1/orgs/" + org.slug() + path).with(user.session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private MockMvcTester.MockMvcRequestBuilder put(Org org, TestUser user, UUID id, String json) {
		return this.mvc.put().uri("/api/v1/orgs/" + org.slug() + "/kpis/" + id).with(user.session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json);
	}

}
