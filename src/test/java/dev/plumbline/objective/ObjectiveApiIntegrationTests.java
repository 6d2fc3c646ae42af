package dev.plumbline.objective;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.TestUser;
import dev.plumbline.objective.ObjectiveFixture.World;
import dev.plumbline.organization.Role;

import static dev.plumbline.objective.ObjectiveFixture.kr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PlumblineIntegrationTest
@Import(ObjectiveFixture.class)
class ObjectiveApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ObjectiveFixture fixture;

	@Autowired
	ObjectiveDirectory directory;

	@Autowired
	JdbcClient jdbc;

	private static final String NEW = """
			{"title": "Same-week access", "ownerId": "%s", "teamId": "%s", "pillars": ["access"],
			 "start": "2026-01-01", "due": "2026-12-31",
			 "keyResults": [{"title": "Booked within 7 days", "unit": "%%", "baseline": 40, "target": 80},
			                {"title": "No-show rate", "unit": "%%", "baseline": 15, "target": 8}]}
			""";

	@Test
	void createsAnObjectiveWithKeyResultsAndComputesProgressFromCheckIns() {
		World w = this.fixture.world();
		MvcTestResult created = post(w, w.org().leader(), "/objectives", NEW.formatted(w.leaderPerson(), w.team()));
		assertThat(created).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.key").isEqualTo("same-week-access");
			assertThat(json).extractingPath("$.keyResults[0].key").isEqualTo("booked-within-7-days");
			assertThat(json).extractingPath("$.keyResults[1].direction").isEqualTo("DECREASE");
			assertThat(json).extractingPath("$.progress").isEqualTo(0.0);
			assertThat(json).extractingPath("$.smart[0].letter").isEqualTo("SPECIFIC");
			assertThat(json).extractingPath("$.smart[0].passed").isEqualTo(true);
		});
		UUID id = id(created);
		UUID kr = keyResult(id, "booked-within-7-days");
		assertThat(post(w, w.org().leader(), "/key-results/" + kr + "/check-ins",
				"{\"date\": \"2026-02-01\", \"value\": 60, \"confidence\": 0.8, \"note\": \"rota\"}"))
			.hasStatus(201).bodyJson().extractingPath("$.progress").isEqualTo(50.0);
		assertThat(post(w, w.org().leader(), "/key-results/" + kr + "/check-ins",
				"{\"date\": \"2999-01-01\", \"confidence\": 1.5}")).hasStatus(400).bodyJson()
			.extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("value", "confidence", "date");
		// (50 + 0) / 2
		assertThat(get(w, w.org().stakeholder(), "/objectives/" + id)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.progress").isEqualTo(25.0);
			assertThat(json).extractingPath("$.keyResults[0].checkIns[0].note").isEqualTo("rota");
		});
	}

	@Test
	void refusesBadInputNamingEveryField() {
		World w = this.fixture.world();
		String body = """
				{"key": "Bad Key", "title": " ", "ownerId": "%s", "pillars": ["access", "space"],
				 "start": "2026-05-01", "due": "2026-04-01",
				 "keyResults": [{"title": "Up", "baseline": 10, "target": 5, "direction": "INCREASE"},
				                {"title": "", "baseline": 1, "target": 2}]}
				""".formatted(UUID.randomUUID());
		assertThat(post(w, w.org().leader(), "/objectives", body)).hasStatus(400).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.errors[*].field").asArray().contains("title", "key", "due",
					"keyResults[0].target", "keyResults[1].title", "owner", "pillars[1]");
		});
		assertThat(count("SELECT COUNT(*) FROM objective WHERE organization_id = '" + w.org().id() + "'")).isZero();
	}

	@Test
	void refusesAParentThatWouldMakeACycle() {
		World w = this.fixture.world();
		UUID top = this.fixture.objective(w, "top", w.leaderPerson(), null, List.of("access"));
		UUID child = this.fixture.objective(w, "child", w.leaderPerson(), top, List.of());
		String body = "{\"version\": 0, \"title\": \"Top\", \"parentId\": \"" + child + "\"}";
		assertThat(put(w, w.org().leader(), "/objectives/" + top, body)).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("parent");
	}

	@Test
	void aStaleEditIsRefusedWith409AndChangesNothing() {
		World w = this.fixture.world();
		UUID id = this.fixture.objective(w, "one", w.leaderPerson(), null, List.of("access"), kr("k", 0, 10.0));
		assertThat(put(w, w.org().leader(), "/objectives/" + id, "{\"version\": 0, \"title\": \"First edit\"}")).hasStatusOk()
			.bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(put(w, w.org().leader(), "/objectives/" + id, "{\"version\": 0, \"title\": \"Second edit\"}")).hasStatus(409);
		assertThat(get(w, w.org().leader(), "/objectives/" + id)).bodyJson().extractingPath("$.title").isEqualTo("First edit");
	}

	@Test
	void anotherOrganizationsObjectiveAndKeyResultAnswer404() {
		World mine = this.fixture.world();
		World theirs = this.fixture.world();
		UUID id = this.fixture.objective(theirs, "secret", theirs.leaderPerson(), null, List.of("access"), kr("k", 0, 10.0));
		UUID kr = keyResult(id, "k");
		assertThat(get(mine, mine.org().leader(), "/objectives/" + id)).hasStatus(404);
		assertThat(put(mine, mine.org().leader(), "/objectives/" + id, "{\"version\": 0, \"title\": \"x\"}")).hasStatus(404);
		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/objectives/{id}", mine.org().slug(), id)
			.with(mine.org().leader().session()).with(csrf())).hasStatus(404);
		assertThat(post(mine, mine.org().leader(), "/key-results/" + kr + "/check-ins", "{\"value\": 3}")).hasStatus(404);
		// a parent from another organization is refused too
		assertThat(post(mine, mine.org().leader(), "/objectives", "{\"title\": \"x\", \"parentId\": \"" + id + "\"}"))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("parent");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyLeadersAndAdminsCreate(Role role) {
		World w = this.fixture.world();
		int expected = (role == Role.ADMIN || role == Role.LEADER) ? 201 : 403;
		assertThat(post(w, w.org().in(role), "/objectives", "{\"title\": \"By " + role + "\"}")).hasStatus(expected);
		assertThat(get(w, w.org().in(role), "/objectives")).hasStatusOk();
	}

	@Test
	void aMemberEditsAndChecksInOnlyOnWhatTheyOwn() {
		World w = this.fixture.world();
		UUID own = this.fixture.objective(w, "own", w.memberPerson(), null, List.of("access"), kr("k", 0, 10.0));
		UUID other = this.fixture.objective(w, "other", w.leaderPerson(), null, List.of("access"), kr("k", 0, 10.0));
		TestUser member = w.org().member();
		assertThat(put(w, member, "/objectives/" + own, "{\"version\": 0, \"title\": \"Mine, edited\", \"ownerId\": \""
				+ w.memberPerson() + "\", \"keyResults\": [{\"key\": \"k\", \"title\": \"K\", \"baseline\": 0, \"target\": 10}]}"))
			.hasStatusOk();
		assertThat(put(w, member, "/objectives/" + other, "{\"version\": 0, \"title\": \"Taken\"}")).hasStatus(403);
		assertThat(post(w, member, "/key-results/" + keyResult(own, "k") + "/check-ins", "{\"value\": 4}")).hasStatus(201);
		assertThat(post(w, member, "/key-results/" + keyResult(other, "k") + "/check-ins", "{\"value\": 4}")).hasStatus(403);
		assertThat(post(w, w.org().stakeholder(), "/key-results/" + keyResult(own, "k") + "/check-ins", "{\"value\": 4}"))
			.hasStatus(403);
		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/objectives/{id}", w.org().slug(), other)
			.with(member.session()).with(csrf())).hasStatus(403);
		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/objectives/{id}", w.org().slug(), other)
			.with(w.org().stakeholder().session()).with(csrf())).hasStatus(403);
		assertThat(post(w, w.org().admin(), "/key-results/" + keyResult(other, "k") + "/check-ins", "{\"value\": 4}")).hasStatus(201);
	}

	@Test
	void listsArePaginatedAndFiltered() {
		World w = this.fixture.world();
		for (int i = 0; i < 5; i++) {
			this.fixture.objective(w, "a" + i, w.leaderPerson(), null, List.of("access"));
		}
		this.fixture.objective(w, "q", w.memberPerson(), null, List.of("quality"));
		assertThat(get(w, w.org().member(), "/objectives?page=1&size=2")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.total").isEqualTo(6);
			assertThat(json).extractingPath("$.items").asArray().hasSize(2);
			assertThat(json).extractingPath("$.page").isEqualTo(1);
		});
		assertThat(get(w, w.org().member(), "/objectives?pillar=quality")).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.total").isEqualTo(1);
			assertThat(json).extractingPath("$.items[0].key").isEqualTo("q");
		});
		assertThat(get(w, w.org().member(), "/objectives?owner=" + w.memberPerson() + "&status=ACTIVE&team=" + w.team()))
			.bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(get(w, w.org().member(), "/objectives?status=COMPLETED")).bodyJson().extractingPath("$.total").isEqualTo(0);
	}

	@Test
	void progressRollsUpThroughAThreeLevelCascade() {
		World w = this.fixture.world();
		UUID top = this.fixture.objective(w, "top", w.leaderPerson(), null, List.of("access"), kr("t", 0, 100.0));
		UUID middle = this.fixture.objective(w, "middle", w.leaderPerson(), top, List.of(), kr("m", 0, 100.0));
		UUID leaf = this.fixture.objective(w, "leaf", w.leaderPerson(), middle, List.of(), kr("l", 0, 100.0));
		this.fixture.checkIn(w, keyResult(leaf, "l"), 90);
		this.fixture.checkIn(w, keyResult(middle, "m"), 30);
		this.fixture.checkIn(w, keyResult(top, "t"), 0);
		// leaf 90; middle = mean(30, 90) = 60; top = mean(0, 60) = 30
		assertThat(this.directory.byId(w.org().id(), leaf).orElseThrow().progress()).isEqualTo(90.0);
		assertThat(this.directory.byId(w.org().id(), middle).orElseThrow().progress()).isEqualTo(60.0);
		assertThat(this.directory.byKey(w.org().id(), "top").orElseThrow().progress()).isEqualTo(30.0);
		// reading one objective (its subtree only) agrees with reading the whole organization
		assertThat(this.directory.summaries(w.org().id())).allSatisfy(summary -> assertThat(
				this.directory.byId(w.org().id(), summary.id())).contains(summary));
		assertThat(this.directory.byKey(w.org().id(), "no-such-key")).isEmpty();
		assertThat(this.directory.byId(w.org().id(), UUID.randomUUID())).isEmpty();
		assertThat(get(w, w.org().member(), "/objectives/" + top)).bodyJson().extractingPath("$.progress").isEqualTo(30.0);
		assertThat(get(w, w.org().member(), "/objectives?size=1")).bodyJson().extractingPath("$.items[0].progress").isNotNull();
	}

	@Test
	void importsACsvOfCheckInsAllOrNothing() {
		World w = this.fixture.world();
		UUID id = this.fixture.objective(w, "access", w.memberPerson(), null, List.of("access"), kr("booked", 40, 80.0),
				kr("waits", 20, 5.0));
		String good = """
				key_result_key,date,value,confidence,note
				access.booked,2026-01-05,50,0.6,"rota, week 1"
				access.waits,2026-01-05,15,,
				""";
		assertThat(csv(w, w.org().member(), good)).hasStatusOk().bodyJson().extractingPath("$.imported").isEqualTo(2);
		String bad = """
				key_result_key,date,value,confidence,note
				access.booked,2026-02-05,60,0.7,fine
				access.nope,2026-02-05,61,0.7,
				access.booked,05/02/2026,abc,1.5,
				""";
		assertThat(csv(w, w.org().member(), bad)).hasStatus(400).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.errors[*].field").asArray().containsExactly("line 3", "line 4");
			assertThat(json).extractingPath("$.errors[1].message").asString().contains("date", "value", "confidence");
		});
		assertThat(count("SELECT COUNT(*) FROM check_in c JOIN key_result k ON k.id = c.key_result_id WHERE k.objective_id = '"
				+ id + "'")).isEqualTo(2);
		assertThat(csv(w, w.org().stakeholder(), good)).hasStatus(403);
	}

	@Test
	void deletesAnObjectiveButNotOneWithChildren() {
		World w = this.fixture.world();
		UUID top = this.fixture.objective(w, "top", w.leaderPerson(), null, List.of("access"));
		UUID child = this.fixture.objective(w, "child", w.leaderPerson(), top, List.of(), kr("k", 0, 1.0));
		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/objectives/{id}", w.org().slug(), top)
			.with(w.org().leader().session()).with(csrf())).hasStatus(400);
		assertThat(this.mvc.delete().uri("/api/v1/orgs/{slug}/objectives/{id}?version=0", w.org().slug(), child)
			.with(w.org().leader().session()).with(csrf())).hasStatus(204);
		assertThat(get(w, w.org().leader(), "/objectives/" + child)).hasStatus(404);
	}

	@Test
	void theOpenApiDocumentListsTheObjectiveEndpoints() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText().contains(
				"/api/v1/orgs/{slug}/objectives", "/api/v1/orgs/{slug}/objectives/{id}",
				"/api/v1/orgs/{slug}/key-results/{id}/check-ins", "/api/v1/orgs/{slug}/check-ins.csv", "objectiveKey.krKey");
	}

	private MvcTestResult get(World w, TestUser user, String path) {
		return this.mvc.get().uri("/api/v1/orgs/" + w.org().slug() + path).with(user.session()).exchange();
	}

	private MvcTestResult post(World w, TestUser user, String path, String json) {
		return this.mvc.post().uri("/api/v1/orgs/" + w.org().slug() + path).with(user.session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult put(World w, TestUser user, String path, String json) {
		return this.mvc.put().uri("/api/v1/orgs/" + w.org().slug() + path).with(user.session()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult csv(World w, TestUser user, String text) {
		return this.mvc.post().uri("/api/v1/orgs/" + w.org().slug() + "/check-ins.csv").with(user.session()).with(csrf())
			.contentType("text/csv").content(text).exchange();
	}

	private UUID id(MvcTestResult result) {
		try {
			String body = result.getResponse().getContentAsString();
			return UUID.fromString(body.replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private UUID keyResult(UUID objective, String key) {
		return this.jdbc.sql("SELECT id FROM key_result WHERE objective_id = :o AND kr_key = :k").param("o", objective)
			.param("k", key).query(UUID.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
