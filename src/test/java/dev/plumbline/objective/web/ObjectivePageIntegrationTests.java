package dev.plumbline.objective.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.objective.ObjectiveFixture;
import dev.plumbline.objective.ObjectiveFixture.World;
import dev.plumbline.organization.Role;

import static dev.plumbline.objective.ObjectiveFixture.kr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
@Import(ObjectiveFixture.class)
class ObjectivePageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ObjectiveFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsObjectivesWithProgressAndFiltersWithHtmx() {
		World w = this.fixture.world();
		this.fixture.objective(w, "access-one", w.leaderPerson(), null, List.of("access"), kr("k", 0, 10.0));
		this.fixture.objective(w, "quality-one", w.memberPerson(), null, List.of("quality"));
		assertThat(this.mvc.get().uri("/o/{slug}/objectives", w.org().slug()).with(w.org().stakeholder().session()))
			.hasStatusOk().bodyText().contains("<html", "Objective access-one", "Objective quality-one", "role=\"progressbar\"",
					"hx-get=");
		assertThat(this.mvc.get().uri("/o/{slug}/objectives?pillar=quality", w.org().slug()).header("HX-Request", "true")
			.with(w.org().stakeholder().session()))
			.hasStatusOk().bodyText().doesNotContain("<html").contains("Objective quality-one").doesNotContain("Objective access-one");
		for (int view = 0; view < 3; view++) {
			// the table is kept from its second rendering on, with a marker where each view's rows go
			assertThat(this.mvc.get().uri("/o/{slug}/objectives?pillar=access", w.org().slug()).with(w.org().stakeholder().session()))
				.hasStatusOk().bodyText().contains("Objective access-one", "1 objective<").doesNotContain("plumbline:rows", "Objective quality-one");
			assertThat(this.mvc.get().uri("/o/{slug}/objectives?pillar=nothing", w.org().slug()).header("HX-Request", "true")
				.with(w.org().stakeholder().session()))
				.hasStatusOk().bodyText().contains("No objectives match.").doesNotContain("plumbline:rows", "<tbody");
		}
	}

	/** The rows are rendered once and reused (RenderedFragments): the same for every viewer, new after a check-in. */
	@Test
	void everyViewerSeesTheSameRowsAndACheckInShowsAtOnce() throws Exception {
		World w = this.fixture.world();
		UUID id = this.fixture.objective(w, "reach", w.leaderPerson(), null, List.of("access"), kr("k", 0, 10.0));
		UUID kr = this.jdbc.sql("SELECT id FROM key_result WHERE objective_id = :o").param("o", id).query(UUID.class).single();
		String asStakeholder = rows(w, w.org().stakeholder().session());
		assertThat(asStakeholder).contains("Objective reach", "0 %");
		assertThat(rows(w, w.org().leader().session())).as("the leader's rows").isEqualTo(asStakeholder);

		this.fixture.checkIn(w, kr, 5);
		assertThat(rows(w, w.org().stakeholder().session())).contains("50 %").doesNotContain(">0 %");
	}

	private String rows(World w, org.springframework.test.web.servlet.request.RequestPostProcessor session)
			throws java.io.UnsupportedEncodingException {
		String page = this.mvc.get().uri("/o/{slug}/objectives", w.org().slug()).with(session).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return page.substring(page.indexOf("id=\"objective-rows\""), page.indexOf("</main>"));
	}

	@Test
	void theObjectivePageShowsProgressHintsChartsAndLinks() {
		World w = this.fixture.world();
		UUID top = this.fixture.objective(w, "top", w.leaderPerson(), null, List.of("access"), kr("k", 0, 10.0));
		UUID child = this.fixture.objective(w, "child", w.leaderPerson(), top, List.of(), kr("c", 0, 10.0));
		UUID kr = this.jdbc.sql("SELECT id FROM key_result WHERE objective_id = :o").param("o", child).query(UUID.class).single();
		this.fixture.checkIn(w, kr, 5);
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}", w.org().slug(), child).with(w.org().member().session()))
			.hasStatusOk().bodyText().contains("50%", "SMART check", "Access (via parent)", "Objective top", "data-chart=",
					"child.c");
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}", w.org().slug(), top).with(w.org().member().session()))
			.hasStatusOk().bodyText().contains("Objective child", "children included");
	}

	/**
	 * The page's columns are rendered once and reused (RenderedFragments): the same for every viewer, new after a
	 * check-in on the objective or on a child; only the viewer who may edit gets the forms, each with its own token.
	 */
	@Test
	void everyViewerSeesTheSameObjectiveAndAChangeShowsAtOnce() throws Exception {
		World w = this.fixture.world();
		UUID top = this.fixture.objective(w, "top", w.memberPerson(), null, List.of("access"), kr("k", 0, 10.0));
		UUID child = this.fixture.objective(w, "child", w.leaderPerson(), top, List.of(), kr("c", 0, 10.0));
		UUID kr = this.jdbc.sql("SELECT id FROM key_result WHERE objective_id = :o").param("o", child).query(UUID.class).single();
		String asStakeholder = columns(w, top, w.org().stakeholder().session());
		assertThat(asStakeholder).contains("Objective child", "0%").doesNotContain("_csrf").doesNotContain("<form");
		assertThat(columns(w, top, w.org().leader().session())).as("the leader's columns").isEqualTo(asStakeholder);

		this.fixture.checkIn(w, kr, 5);
		assertThat(columns(w, top, w.org().stakeholder().session())).contains("25%").contains("50 %");
		String owners = this.mvc.get().uri("/o/{slug}/objectives/{id}", w.org().slug(), top).with(w.org().member().session())
			.exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(owners).contains("Delete this objective").contains("name=\"_csrf\"");
		assertThat(columns(w, top, w.org().stakeholder().session())).isEqualTo(columns(w, top, w.org().member().session()));
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}", w.org().slug(), top).with(w.org().stakeholder().session()))
			.bodyText().doesNotContain("Delete this objective");
	}

	private String columns(World w, UUID id, org.springframework.test.web.servlet.request.RequestPostProcessor session)
			throws java.io.UnsupportedEncodingException {
		String page = this.mvc.get().uri("/o/{slug}/objectives/{id}", w.org().slug(), id).with(session).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String columns = page.substring(page.indexOf("<div class=\"grid two\">"), page.indexOf("</main>"));
		// what the page adds after the columns (the delete form, for those who may) and the closing tags
		return columns.replaceAll("(?s)<form.*", "").replaceAll("(?s)(\\s*</div>)*\\s*$", "");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyLeadersAndAdminsOpenTheNewObjectiveForm(Role role) {
		World w = this.fixture.world();
		int expected = (role == Role.ADMIN || role == Role.LEADER) ? 200 : 403;
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/new", w.org().slug()).with(w.org().in(role).session()))
			.hasStatus(expected);
	}

	@Test
	void aMemberEditsTheirOwnObjectiveButNotAnothers() {
		World w = this.fixture.world();
		UUID own = this.fixture.objective(w, "own", w.memberPerson(), null, List.of("access"));
		UUID other = this.fixture.objective(w, "other", w.leaderPerson(), null, List.of("access"));
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}/edit", w.org().slug(), own).with(w.org().member().session())).hasStatusOk();
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}/edit", w.org().slug(), other).with(w.org().member().session())).hasStatus(403);
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}/edit", w.org().slug(), own).with(w.org().stakeholder().session())).hasStatus(403);
	}

	@Test
	void createsAnObjectiveFromTheFormAndRedirectsToIt() {
		World w = this.fixture.world();
		assertThat(this.mvc.post().uri("/o/{slug}/objectives", w.org().slug()).with(w.org().leader().session()).with(csrf())
			.param("title", "Shorter waits").param("owner", w.leaderPerson().toString()).param("team", w.team().toString())
			.param("pillars", "access").param("status", "ACTIVE").param("due", "2026-12-31")
			.param("keyResults[0].title", "Median wait").param("keyResults[0].unit", "days")
			.param("keyResults[0].baseline", "12").param("keyResults[0].target", "5").param("keyResults[0].direction", "DECREASE")
			.param("keyResults[1].title", "").param("keyResults[1].baseline", ""))
			.hasStatus3xxRedirection().redirectedUrl().startsWith("/o/" + w.org().slug() + "/objectives/");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM key_result WHERE organization_id = :o").param("o", w.org().id())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBadFormComesBackWithEveryFieldMarked() {
		World w = this.fixture.world();
		assertThat(this.mvc.post().uri("/o/{slug}/objectives", w.org().slug()).with(w.org().leader().session()).with(csrf())
			.param("title", "").param("start", "2026-05-01").param("due", "2026-04-01")
			.param("keyResults[0].title", "Up").param("keyResults[0].baseline", "10").param("keyResults[0].target", "abc"))
			.hasStatus(400).bodyText().contains("must not be empty", "must be on or after the start date",
					"Some fields need attention", "value=\"Up\"");
	}

	@Test
	void aStaleEditKeepsThePersonsInputAndSays409() {
		World w = this.fixture.world();
		UUID id = this.fixture.objective(w, "one", w.leaderPerson(), null, List.of("access"));
		for (String title : List.of("First", "Second")) {
			var result = this.mvc.post().uri("/o/{slug}/objectives", w.org().slug()).with(w.org().leader().session()).with(csrf())
				.param("id", id.toString()).param("version", "0").param("title", title).param("status", "ACTIVE");
			if (title.equals("First")) {
				assertThat(result).hasStatus3xxRedirection();
			}
			else {
				assertThat(result).hasStatus(409).bodyText().contains("changed this objective", "value=\"Second\"");
			}
		}
	}

	@Test
	void theLintEndpointAnswersTheHintsFragment() {
		World w = this.fixture.world();
		assertThat(this.mvc.post().uri("/o/{slug}/objectives/lint", w.org().slug()).with(w.org().leader().session()).with(csrf())
			.header("HX-Request", "true").param("title", "x").param("pillars", "access"))
			.hasStatusOk().bodyText().doesNotContain("<html").contains("id=\"smart-hints\"", "Specific — fails",
					"Time-bound — fails").doesNotContain("Relevant — fails");
	}

	@Test
	void myObjectivesShowsWhatIOwnAndAnHtmxCheckInRedrawsTheCard() {
		World w = this.fixture.world();
		UUID own = this.fixture.objective(w, "own", w.memberPerson(), null, List.of("access"), kr("k", 0, 10.0));
		this.fixture.objective(w, "other", w.leaderPerson(), null, List.of("access"));
		UUID kr = this.jdbc.sql("SELECT id FROM key_result WHERE objective_id = :o").param("o", own).query(UUID.class).single();
		assertThat(this.mvc.get().uri("/o/{slug}/my/objectives", w.org().slug()).with(w.org().member().session()))
			.hasStatusOk().bodyText().contains("Objective own", "Check in").doesNotContain("Objective other");
		assertThat(this.mvc.post().uri("/o/{slug}/key-results/{id}/check-ins", w.org().slug(), kr).with(w.org().member().session())
			.with(csrf()).header("HX-Request", "true").param("value", "4").param("confidence", "0.7").param("note", "good week"))
			.hasStatusOk().bodyText().doesNotContain("<html").contains("objective-" + own, "40 %", "Saved");
		assertThat(this.mvc.post().uri("/o/{slug}/key-results/{id}/check-ins", w.org().slug(), kr).with(w.org().member().session())
			.with(csrf()).header("HX-Request", "true").param("value", "lots"))
			.hasStatus(422).bodyText().contains("is not a number");
		assertThat(this.mvc.post().uri("/o/{slug}/key-results/{id}/check-ins", w.org().slug(), kr).with(w.org().member().session())
			.with(csrf()).param("value", "6")).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/o/{slug}/key-results/{id}/check-ins", w.org().slug(), kr).with(w.org().stakeholder().session())
			.with(csrf()).param("value", "6")).hasStatus(403);
	}

	@Test
	void theUploadPageListsEveryBadLineAndSavesNothing() {
		World w = this.fixture.world();
		this.fixture.objective(w, "own", w.memberPerson(), null, List.of("access"), kr("k", 0, 10.0));
		String csv = "key_result_key,date,value,confidence,note\nown.k,2026-01-01,3,,\nown.x,2026-01-01,3,,\nown.k,2026-01-01,zz,,\n";
		assertThat(this.mvc.post().multipart().uri("/o/{slug}/check-ins/upload", w.org().slug())
			.file(new MockMultipartFile("file", "c.csv", "text/csv", csv.getBytes())).with(w.org().member().session()).with(csrf()))
			.hasStatus(400).bodyText().contains("line 3", "line 4", "Nothing was saved");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM check_in WHERE organization_id = :o").param("o", w.org().id())
			.query(Long.class).single()).isZero();
		assertThat(this.mvc.post().uri("/o/{slug}/check-ins/upload", w.org().slug()).with(w.org().member().session()).with(csrf())
			.param("text", "key_result_key,date,value,confidence,note\nown.k,2026-01-01,3,0.5,ok\n"))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/o/{slug}/check-ins/upload", w.org().slug()).with(w.org().stakeholder().session())).hasStatus(403);
	}

	@Test
	void leadersReRankATeamsObjectivesWithHtmx() {
		World w = this.fixture.world();
		UUID a = this.fixture.objective(w, "a", w.leaderPerson(), null, List.of("access"));
		UUID b = this.fixture.objective(w, "b", w.leaderPerson(), null, List.of("access"));
		assertThat(this.mvc.post().uri("/o/{slug}/objectives/{id}/move", w.org().slug(), b).with(w.org().leader().session())
			.with(csrf()).header("HX-Request", "true").param("direction", "up"))
			.hasStatusOk().bodyText().doesNotContain("<html").contains("id=\"ranking\"");
		assertThat(this.jdbc.sql("SELECT objective_key FROM objective WHERE organization_id = :o ORDER BY priority")
			.param("o", w.org().id()).query(String.class).list()).containsExactly("b", "a");
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/ranking?team={t}", w.org().slug(), w.team())
			.with(w.org().member().session())).hasStatusOk().bodyText().contains("Objective b").doesNotContain("Move Objective b up");
		assertThat(this.mvc.post().uri("/o/{slug}/objectives/{id}/move", w.org().slug(), a).with(w.org().member().session())
			.with(csrf()).param("direction", "up")).hasStatus(403);
	}

	@Test
	void anotherOrganizationsObjectivePageAnswers404() {
		World mine = this.fixture.world();
		World theirs = this.fixture.world();
		UUID id = this.fixture.objective(theirs, "secret", theirs.leaderPerson(), null, List.of("access"));
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}", mine.org().slug(), id).with(mine.org().leader().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/{id}/edit", mine.org().slug(), id).with(mine.org().leader().session()))
			.hasStatus(404);
	}

}
