package dev.plumbline.kpi.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.kpi.KpiFixture;
import dev.plumbline.kpi.KpiFixture.Org;
import dev.plumbline.kpi.KpiQueries;
import dev.plumbline.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
class KpiPageIntegrationTests {

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
	void theScorecardShowsEveryKpiWithItsColourSparklineAndStaleMarker() {
		Org org = this.kpis.organization();
		UUID vaccination = this.kpis.vaccination(org, "marco");
		this.kpis.noShows(org, null);
		this.kpis.measure(org, vaccination, this.kpis.today().minusDays(40), "84");
		this.kpis.measure(org, vaccination, this.kpis.today().minusDays(10), "78");
		assertThat(this.mvc.get().uri("/o/{slug}/scorecard", org.slug()).with(org.org().stakeholder().session()))
			.hasStatusOk()
			.bodyText()
			.contains("<html", "Vaccination rate", "No-show rate", "Marco Rossi", "class=\"latest red\"", "78 %",
					"class=\"sparkline\" data-chart=", "stale-marker", "Access")
			.doesNotContain("Upload CSV", "New KPI");
	}

	@Test
	void withHtmxTheScorecardAnswersOnlyTheFilteredResults() {
		Org org = this.kpis.organization();
		UUID vaccination = this.kpis.vaccination(org, "marco");
		this.kpis.noShows(org, null);
		this.kpis.measure(org, vaccination, this.kpis.today(), "95");
		assertThat(this.mvc.get().uri("/o/{slug}/scorecard?status=green", org.slug()).header("HX-Request", "true")
			.with(org.org().member().session()))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"results\"", "Vaccination rate", "class=\"latest green\"")
			.doesNotContain("<html", "No-show rate");
		assertThat(this.mvc.get().uri("/o/{slug}/scorecard?pillar=quality", org.slug()).with(org.org().member().session()))
			.bodyText()
			.contains("No-show rate", "Upload CSV")
			.doesNotContain("Vaccination rate</a>");
	}

	@Test
	void theScorecardPages() {
		Org org = this.kpis.organization();
		for (int i = 0; i < 27; i++) {
			this.kpis.create(org, "kpi-" + (100 + i));
		}
		assertThat(this.mvc.get().uri("/o/{slug}/scorecard?page=1", org.slug()).with(org.org().member().session()))
			.hasStatusOk()
			.bodyText()
			.contains("Page 2 of 2", "27 KPIs", "kpi-125", "kpi-126", "Previous")
			.doesNotContain("kpi-124<");
	}

	@Test
	void theKpiPageDrawsTheTrendWithTargetAndBands() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		this.kpis.measure(org, id, this.kpis.today().minusDays(3), "86");
		assertThat(this.mvc.get().uri("/o/{slug}/kpis/{id}", org.slug(), id).with(org.org().leader().session()))
			.hasStatusOk()
			.bodyText()
			.contains("Vaccination rate", "id=\"trend-chart\"", "markLine", "markArea", "target 95", "Amber",
					"Add a measurement", "Edit KPI");
		assertThat(this.mvc.get().uri("/o/{slug}/kpis/{id}", org.slug(), id).with(org.org().stakeholder().session()))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Add a measurement", "Edit KPI");
	}

	@Test
	void recordingWithHtmxSwapsTheLivePartInPlace() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, "marco");
		assertThat(this.mvc.post().uri("/o/{slug}/kpis/{id}/measurements", org.slug(), id).header("HX-Request", "true")
			.param("date", this.kpis.today().toString()).param("value", "91.5")
			.with(org.org().member().session()).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"live\"", "91.5", "Green", "Recorded 91.5")
			.doesNotContain("<html");
		assertThat(this.queries.kpi(org.org().id(), id).latestValue()).isEqualByComparingTo("91.5");
	}

	@Test
	void aBadMeasurementIsShownInTheFormWithTheInputKept() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		assertThat(this.mvc.post().uri("/o/{slug}/kpis/{id}/measurements", org.slug(), id).header("HX-Request", "true")
			.param("date", this.kpis.today().plusDays(2).toString()).param("value", "ninety")
			.with(org.org().leader().session()).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("must be a number", "value=\"ninety\"");
		assertThat(this.mvc.post().uri("/o/{slug}/kpis/{id}/measurements", org.slug(), id).header("HX-Request", "true")
			.param("date", this.kpis.today().plusDays(2).toString()).param("value", "90")
			.with(org.org().leader().session()).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("must not be in the future");
		assertThat(this.queries.measurements(org.org().id(), id)).isEmpty();
	}

	@Test
	void withoutHtmxRecordingRedirectsBackToTheKpi() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		var result = this.mvc.post().uri("/o/{slug}/kpis/{id}/measurements", org.slug(), id)
			.param("date", this.kpis.today().toString()).param("value", "70")
			.with(org.org().admin().session()).with(csrf());
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/o/" + org.slug() + "/kpis/" + id);
		assertThat(this.queries.kpi(org.org().id(), id).status().name()).isEqualTo("RED");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyLeadersAndAdminsOpenTheFormsOthersRecordOnlyWhatTheyOwn(Role role) {
		Org org = this.kpis.organization();
		UUID priyas = this.kpis.vaccination(org, "priya");
		boolean manages = role == Role.ADMIN || role == Role.LEADER;
		var user = org.org().in(role);
		assertThat(this.mvc.get().uri("/o/{slug}/kpis/new", org.slug()).with(user.session())).hasStatus(manages ? 200 : 403);
		assertThat(this.mvc.get().uri("/o/{slug}/kpis/{id}/edit", org.slug(), priyas).with(user.session()))
			.hasStatus(manages ? 200 : 403);
		assertThat(this.mvc.post().uri("/o/{slug}/kpis/{id}/measurements", org.slug(), priyas)
			.param("date", this.kpis.today().toString()).param("value", "70").with(user.session()).with(csrf()))
			.hasStatus(manages ? 302 : 403);
	}

	@Test
	void createsAKpiFromTheForm() {
		Org org = this.kpis.organization();
		var result = this.mvc.post().uri("/o/{slug}/kpis", org.slug()).with(org.org().leader().session()).with(csrf())
			.param("name", "Interpreter wait").param("unit", "minutes").param("owner", org.priya().toString())
			.param("pillars", "access").param("pillars", "quality").param("cadence", "WEEKLY")
			.param("direction", "DECREASE").param("target", "10").param("green", "15").param("red", "25");
		assertThat(result).hasStatus3xxRedirection();
		assertThat(this.queries.all(org.org().id())).singleElement().satisfies(kpi -> {
			assertThat(kpi.key()).isEqualTo("interpreter-wait");
			assertThat(kpi.ownerName()).isEqualTo("Priya Raman");
			assertThat(kpi.pillars()).containsExactly("access", "quality");
		});
	}

	@Test
	void theFormNamesEveryBadField() {
		Org org = this.kpis.organization();
		assertThat(this.mvc.post().uri("/o/{slug}/kpis", org.slug()).with(org.org().leader().session()).with(csrf())
			.param("name", "").param("cadence", "WEEKLY").param("direction", "DECREASE").param("target", "20")
			.param("green", "15").param("red", "lots"))
			.hasStatus(400)
			.bodyText()
			.contains("must not be empty", "must be a number, like 12.5", "must be on the green side");
		assertThat(this.queries.all(org.org().id())).isEmpty();
	}

	@Test
	void aStaleEditKeepsTheInputAndSays409() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		for (String name : new String[] { "Childhood vaccination rate", "Vaccination coverage" }) {
			var result = this.mvc.post().uri("/o/{slug}/kpis/{id}", org.slug(), id).with(org.org().leader().session())
				.with(csrf()).param("version", "0").param("name", name).param("key", "vaccination").param("unit", "%")
				.param("cadence", "MONTHLY").param("direction", "INCREASE").param("target", "95").param("green", "90")
				.param("red", "80");
			if (name.startsWith("Childhood")) {
				assertThat(result).hasStatus3xxRedirection();
			}
			else {
				assertThat(result).hasStatus(409).bodyText().contains("changed meanwhile", "value=\"Vaccination coverage\"");
			}
		}
		assertThat(this.queries.kpi(org.org().id(), id).name()).isEqualTo("Childhood vaccination rate");
	}

	@Test
	void anotherOrganizationsKpiPagesAreNotFound() {
		Org mine = this.kpis.organization();
		Org theirs = this.kpis.organization();
		UUID id = this.kpis.vaccination(theirs, null);
		assertThat(this.mvc.get().uri("/o/{slug}/kpis/{id}", mine.slug(), id).with(mine.org().leader().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/kpis/{id}/edit", mine.slug(), id).with(mine.org().leader().session()))
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/o/{slug}/kpis/{id}/measurements", mine.slug(), id).with(mine.org().leader().session())
			.with(csrf()).param("date", this.kpis.today().toString()).param("value", "1")).hasStatus(404);
		assertThat(this.queries.measurements(theirs.org().id(), id)).isEmpty();
	}

	@Test
	void theUploadFormReportsEveryBadLineAndSavesNothing() {
		Org org = this.kpis.organization();
		UUID id = this.kpis.vaccination(org, null);
		var bad = new MockMultipartFile("file", "m.csv", "text/csv",
				("kpi_key,date,value\nvaccination,2026-01-01,x\nnope,2026-01-02,3\n").getBytes());
		assertThat(this.mvc.post().uri("/o/{slug}/scorecard/measurements", org.slug()).multipart().file(bad)
			.with(org.org().leader().session()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsKey("problems");
		var good = new MockMultipartFile("file", "m.csv", "text/csv",
				("kpi_key,date,value\nvaccination," + this.kpis.today() + ",93\n").getBytes());
		assertThat(this.mvc.post().uri("/o/{slug}/scorecard/measurements", org.slug()).multipart().file(good)
			.with(org.org().leader().session()).with(csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("flash", "Imported 1 measurement.");
		assertThat(this.queries.measurements(org.org().id(), id)).hasSize(1);
	}

}
