package dev.plumbline.objective.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.plumbline.PlumblineIntegrationTest;
import dev.plumbline.charter.CharterQueries;
import dev.plumbline.StatementCounter;
import dev.plumbline.StatementCounter.Counted;
import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.interchange.ImportOrganization;
import dev.plumbline.interchange.ImportProgress;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.ScaleOrganizations;
import dev.plumbline.interchange.ScaleOrganizations.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The objectives list and the objective page cost the same number of SQL statements in a tiny
 * organization as in one thirty times larger, with full pages, many key results and check-ins, deep
 * cascades and many children: no query per row (N+1), per key result or per level of the cascade.
 */
@PlumblineIntegrationTest
@Import(StatementCounter.class)
class ObjectiveQueryCountIntegrationTests {

	static final Scale TINY = new Scale(10, 2, 6, 1, 0, 0, 0, 0);

	static final Scale LARGER = new Scale(200, 2, 400, 6, 0, 0, 0, 0);

	static final Scale MANY_TEAMS = new Scale(200, 300, 400, 1, 0, 0, 0, 0);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	CharterQueries charter;

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theObjectivesListFilteredByTeamCostsAFixedNumberOfStatements() throws Exception {
		TestOrganization tiny = imported(TINY);
		TestOrganization larger = imported(LARGER);

		Counted<MvcTestResult> few = list(tiny);
		Counted<MvcTestResult> many = list(larger);

		assertThat(few.result()).hasStatusOk().bodyText().contains("Objective 0");
		assertThat(many.result()).hasStatusOk().bodyText().contains("Objective ");
		assertThat(rowsOnPage(many.result())).isGreaterThan(rowsOnPage(few.result()));
		assertThat(many.statements()).as("statements of a full page").hasSameSizeAs(few.statements());
		// the bound includes the two statements of the shared session store (read the session, touch it)
		assertThat(many.count()).as("statements of the list").isLessThanOrEqualTo(14);
		// reads open no transaction (dev.plumbline.shared.Reads: no BEGIN and COMMIT around the queries); the
		// one transaction left writes the request's new session
		assertThat(many.commits()).as("transactions committed by the list").isLessThanOrEqualTo(1);
	}

	@Test
	void theObjectivesListOffersALimitedNumberOfTeamsAtTheSameCostWhateverTheirNumber() throws Exception {
		TestOrganization tiny = imported(TINY);
		TestOrganization manyTeams = imported(MANY_TEAMS);

		Counted<MvcTestResult> few = list(tiny);
		Counted<MvcTestResult> many = list(manyTeams);

		assertThat(many.result()).hasStatusOk().bodyText().contains("more — search by name");
		// "All teams", the first few by name (the chosen Team 0 among them) and "… more"
		assertThat(TeamPickerIntegrationTests.options(many.result(), "f-team"))
			.isEqualTo(ObjectiveController.FILTER_CHOICES + 2)
			.isLessThan(MANY_TEAMS.teams());
		assertThat(TeamPickerIntegrationTests.options(few.result(), "f-team")).isEqualTo(1 + TINY.teams());
		assertThat(many.statements()).as("statements of a list among many teams").hasSameSizeAs(few.statements());
	}

	@Test
	void theObjectivePageCostsAFixedNumberOfStatementsWhateverItsCascade() {
		TestOrganization tiny = imported(TINY);
		TestOrganization larger = imported(LARGER);
		Map<UUID, UUID> parents = parents(larger);
		UUID parent = mostChildren(larger);
		UUID deepest = parents.keySet().stream().max(java.util.Comparator.comparingInt(id -> depth(parents, id))).orElseThrow();
		UUID shallow = parents.keySet().stream().filter(id -> depth(parents, id) == 1).findFirst().orElseThrow();

		Counted<MvcTestResult> root = page(tiny, id(tiny, "objective-00001"));
		Counted<MvcTestResult> withChildren = page(larger, parent);
		Counted<MvcTestResult> oneBelowARoot = page(larger, shallow);
		Counted<MvcTestResult> deep = page(larger, deepest);

		assertThat(List.of(root, withChildren, oneBelowARoot, deep)).allSatisfy(c -> assertThat(c.result()).hasStatusOk());
		assertThat(depth(parents, deepest)).isGreaterThanOrEqualTo(3);
		assertThat(children(parent)).isGreaterThanOrEqualTo(3);
		// an objective with a parent costs one statement more than a root (its parents' pillars), whatever its depth
		assertThat(deep.statements()).as("statements of an objective deep in the cascade")
			.hasSameSizeAs(oneBelowARoot.statements());
		assertThat(oneBelowARoot.count()).as("statements of an objective with a parent").isEqualTo(root.count() + 1);
		assertThat(withChildren.count()).as("statements of an objective with children")
			.isEqualTo(root.count() + (parents.get(parent) == null ? 0 : 1));
		// the bound includes the two statements of the shared session store (read the session, touch it)
		assertThat(deep.count()).as("statements of the objective page").isLessThanOrEqualTo(18);
	}

	private TestOrganization imported(Scale scale) {
		TestOrganization org = this.organizations.create();
		OrganizationFile file = ScaleOrganizations.generate(org.slug(), scale, 7)
			.withOrganization(new OrganizationFile.Organization("Org " + org.slug(), org.slug()));
		this.importOrganization.replace(this.organizations.as(org.slug(), org.admin()), file, ImportProgress.none());
		// the charter's items are kept per version once read outside a write (CharterStore): read them as the
		// first page after an import would, so that every count below is of a page in its steady state
		this.charter.current(org.id());
		return org;
	}

	private Counted<MvcTestResult> list(TestOrganization org) {
		UUID team = this.jdbc.sql("SELECT id FROM team WHERE organization_id = :org AND team_key = 'team-00000'")
			.param("org", org.id())
			.query(UUID.class)
			.single();
		return StatementCounter.count(() -> this.mvc.get()
			.uri("/o/{slug}/objectives?team={team}", org.slug(), team)
			.with(org.stakeholder().session())
			.exchange());
	}

	private Counted<MvcTestResult> page(TestOrganization org, UUID objective) {
		return StatementCounter.count(() -> this.mvc.get()
			.uri("/o/{slug}/objectives/{id}", org.slug(), objective)
			.with(org.stakeholder().session())
			.exchange());
	}

	private static int rowsOnPage(MvcTestResult result) throws java.io.UnsupportedEncodingException {
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return body.split("role=\"progressbar\"", -1).length - 1;
	}

	private UUID id(TestOrganization org, String key) {
		return this.jdbc.sql("SELECT id FROM objective WHERE organization_id = :org AND objective_key = :key")
			.param("org", org.id())
			.param("key", key)
			.query(UUID.class)
			.single();
	}

	private int children(UUID objective) {
		return this.jdbc.sql("SELECT count(*) FROM objective WHERE parent_id = :id")
			.param("id", objective)
			.query(Integer.class)
			.single();
	}

	private UUID mostChildren(TestOrganization org) {
		return this.jdbc.sql("SELECT parent_id FROM objective WHERE organization_id = :org AND parent_id IS NOT NULL "
				+ "GROUP BY parent_id ORDER BY count(*) DESC, parent_id LIMIT 1")
			.param("org", org.id())
			.query(UUID.class)
			.single();
	}

	private Map<UUID, UUID> parents(TestOrganization org) {
		Map<UUID, UUID> parents = new HashMap<>();
		this.jdbc.sql("SELECT id, parent_id FROM objective WHERE organization_id = :org")
			.param("org", org.id())
			.query((rs, i) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.list()
			.forEach(pair -> parents.put(pair[0], pair[1]));
		return parents;
	}

	private static int depth(Map<UUID, UUID> parents, UUID id) {
		int depth = 0;
		for (UUID at = parents.get(id); at != null && depth < 100; at = parents.get(at)) {
			depth++;
		}
		return depth;
	}

}
