package dev.plumbline.objective.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import dev.plumbline.objective.ObjectivePicker;
import dev.plumbline.objective.ObjectiveViews.Link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The parent picker of the objective form lists a hundred objectives and finds the others by title or key,
 * never offers the objective itself nor any below it, and answers only for the organization's own ids; the
 * server still refuses a cycle with a named field error.
 */
@PlumblineIntegrationTest
class ObjectivePickerIntegrationTests {

	static final Scale CASCADE = new Scale(150, 2, 300, 1, 0, 0, 0, 0);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ImportOrganization importOrganization;

	@Autowired
	ObjectivePicker picker;

	@Autowired
	JdbcClient jdbc;

	TestOrganization org;

	Map<UUID, UUID> parents;

	@BeforeEach
	void aCascadeOfThreeHundredObjectives() {
		this.org = this.organizations.create();
		OrganizationFile file = ScaleOrganizations.generate(this.org.slug(), CASCADE, 11)
			.withOrganization(new OrganizationFile.Organization("Org " + this.org.slug(), this.org.slug()));
		this.importOrganization.replace(this.organizations.as(this.org.slug(), this.org.admin()), file,
				ImportProgress.none());
		this.parents = new HashMap<>();
		this.jdbc.sql("SELECT id, parent_id FROM objective WHERE organization_id = :org")
			.param("org", this.org.id())
			.query((rs, i) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.list()
			.forEach(pair -> this.parents.put(pair[0], pair[1]));
	}

	@Test
	void listsAHundredByTitleAndFindsTheRestByTitleOrKey() {
		ObjectivePicker.Picker first = this.picker.choices(this.org.id(), null, null, List.of(), 100);
		assertThat(first.objectives()).hasSize(100);
		assertThat(first.more()).isTrue();
		assertThat(first.objectives()).extracting(Link::title).isSortedAccordingTo(String::compareTo);

		assertThat(this.picker.choices(this.org.id(), "  OBJECTIVE 299", null, List.of(), 100).objectives())
			.extracting(Link::title).containsExactly("Objective 299");
		assertThat(this.picker.choices(this.org.id(), "objective-00298", null, List.of(), 100).objectives())
			.extracting(Link::key).containsExactly("objective-00298");
		assertThat(this.picker.choices(this.org.id(), "%", null, List.of(), 100).objectives()).isEmpty();
		assertThatThrownBy(() -> this.picker.choices(this.org.id(), "", null, List.of(), 0))
			.hasMessageContaining("limit");
	}

	@Test
	void neverOffersTheObjectiveNorAnyBelowIt() {
		UUID top = mostDescendants();
		Set<UUID> below = subtree(top);
		assertThat(below).hasSizeGreaterThan(3);

		List<Link> offered = this.picker.choices(this.org.id(), "", top, List.of(), 1000).objectives();

		Set<UUID> expected = new HashSet<>(this.parents.keySet());
		expected.removeAll(below);
		assertThat(offered).extracting(Link::id).containsExactlyInAnyOrderElementsOf(expected);
		// the parent already chosen stays offered even past the limit, the objective itself never
		UUID lastByTitle = offered.get(offered.size() - 1).id();
		assertThat(this.picker.choices(this.org.id(), "", top, List.of(lastByTitle), 10).objectives()).hasSize(11)
			.first().extracting(Link::id).isEqualTo(lastByTitle);
		assertThat(this.picker.choices(this.org.id(), "", top, List.of(top), 10).objectives()).extracting(Link::id)
			.doesNotContain(top);
	}

	@Test
	void theOptionsEndpointSearchesForHtmxAndExcludesTheSubtree() {
		UUID top = mostDescendants();
		UUID child = this.parents.entrySet().stream().filter(e -> top.equals(e.getValue())).findFirst().orElseThrow().getKey();
		String childTitle = title(child);

		MvcTestResult all = options(null, null);
		MvcTestResult search = options(childTitle, null);
		MvcTestResult excluding = options(childTitle, top);

		assertThat(all).hasStatusOk().bodyText().contains("— top level —", "more — search by title or key")
			.doesNotContain("<html");
		assertThat(optionCount(all)).isEqualTo(102);
		assertThat(search).hasStatusOk().bodyText().contains(childTitle + " · ");
		assertThat(excluding).hasStatusOk().bodyText().doesNotContain(childTitle + " · ");
	}

	@Test
	void aMultiSelectKeepsEveryObjectiveChosenAndOffersNoEmptyChoice() {
		List<UUID> two = this.parents.keySet().stream().sorted().limit(2).toList();
		TestOrganization theirs = this.organizations.create();

		MvcTestResult result = this.mvc.get().uri("/o/{slug}/objectives/options", this.org.slug())
			.queryParam("q", "no such objective")
			.queryParam("multiple", "true")
			.queryParam("objectives", two.get(0).toString(), two.get(1).toString())
			.with(this.org.member().session()).exchange();

		assertThat(result).hasStatusOk().bodyText().doesNotContain("— top level —");
		assertThat(text(result).split("selected=\"selected\"", -1).length - 1).isEqualTo(2);
		assertThat(text(result)).contains(two.get(0).toString(), two.get(1).toString());
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/options", theirs.slug())
			.queryParam("multiple", "true").queryParam("objectives", two.get(0).toString())
			.with(theirs.member().session())).hasStatus(404);
	}

	@Test
	void anotherOrganizationsObjectivesAreNotFound() {
		TestOrganization theirs = this.organizations.create();
		UUID mine = this.parents.keySet().iterator().next();
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/options", this.org.slug()).with(theirs.member().session()))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/options?exclude={id}", theirs.slug(), mine)
			.with(theirs.member().session())).hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/options?chosen={id}", theirs.slug(), mine)
			.with(theirs.member().session())).hasStatus(404);
		assertThat(this.mvc.get().uri("/o/{slug}/objectives/options?chosen={id}", this.org.slug(), mine)
			.with(this.org.member().session())).hasStatus(200);
	}

	@Test
	void theFormListsAHundredParentsAndOwnersAndStillRefusesACycle() {
		UUID top = mostDescendants();
		UUID below = subtree(top).stream().filter(id -> !id.equals(top)).findFirst().orElseThrow();

		MvcTestResult form = this.mvc.get().uri("/o/{slug}/objectives/{id}/edit", this.org.slug(), top)
			.with(this.org.leader().session()).exchange();
		assertThat(form).hasStatusOk().bodyText().contains("/objectives/options", "/people/options",
				"more — search by title or key", "more — search by name");
		String body = text(form);
		assertThat(body.split(" · objective-", -1).length - 1).isLessThanOrEqualTo(101);
		assertThat(body.split(">Person ", -1).length - 1).isLessThanOrEqualTo(101);

		MvcTestResult cycle = this.mvc.post().uri("/o/{slug}/objectives", this.org.slug())
			.with(this.org.leader().session()).with(csrf())
			.param("id", top.toString()).param("version", version(top)).param("title", title(top))
			.param("parent", below.toString()).param("status", "ACTIVE")
			.exchange();
		assertThat(cycle).hasStatus(400).bodyText().contains("would make a cycle");
		assertThat(this.parents.get(top)).isEqualTo(parentNow(top));
	}

	private MvcTestResult options(String q, UUID exclude) {
		return this.mvc.get().uri("/o/{slug}/objectives/options", this.org.slug())
			.queryParam("q", q == null ? "" : q)
			.queryParam("exclude", exclude == null ? "" : exclude.toString())
			.header("HX-Request", "true").with(this.org.member().session()).exchange();
	}

	private static int optionCount(MvcTestResult result) {
		return text(result).split("<option", -1).length - 1;
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private UUID mostDescendants() {
		return this.parents.keySet().stream()
			.filter(id -> this.parents.get(id) == null)
			.max(java.util.Comparator.comparingInt(id -> subtree(id).size()))
			.orElseThrow();
	}

	private Set<UUID> subtree(UUID top) {
		Set<UUID> below = new HashSet<>();
		for (UUID id : this.parents.keySet()) {
			for (UUID at = id; at != null; at = this.parents.get(at)) {
				if (at.equals(top)) {
					below.add(id);
					break;
				}
			}
		}
		return below;
	}

	private String title(UUID id) {
		return this.jdbc.sql("SELECT title FROM objective WHERE id = :id").param("id", id).query(String.class).single();
	}

	private String version(UUID id) {
		return String.valueOf(this.jdbc.sql("SELECT version FROM objective WHERE id = :id").param("id", id)
			.query(Long.class).single());
	}

	private UUID parentNow(UUID id) {
		return this.jdbc.sql("SELECT parent_id FROM objective WHERE id = :id").param("id", id)
			.query((rs, i) -> rs.getObject(1, UUID.class)).list().get(0);
	}

}
