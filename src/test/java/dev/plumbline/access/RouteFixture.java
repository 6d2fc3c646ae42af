package dev.plumbline.access;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import dev.plumbline.TestOrganizations;
import dev.plumbline.TestOrganizations.TestOrganization;
import dev.plumbline.TestUser;
import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.FileFormat;
import dev.plumbline.interchange.OrganizationFiles;
import dev.plumbline.organization.IssueApiToken;
import dev.plumbline.organization.ManageMembers;
import dev.plumbline.organization.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Fills a route's path variables with records of a fixture organization, at the moment the request is
 * made (a route that deletes takes whichever record is still there). Each kind of record is named by the
 * path segment before its variable; a route whose variable this class does not know fails with a message
 * saying where to add it.
 */
final class RouteFixture {

	/** Path segment → table whose {@code <table>_key} column (or {@code id}) the variable holds. */
	private static final Map<String, String> TABLES = Map.ofEntries(Map.entry("objectives", "objective"),
			Map.entry("key-results", "key_result"), Map.entry("kpis", "kpi"), Map.entry("initiatives", "initiative"),
			Map.entry("journeys", "journey"), Map.entry("surveys", "survey"), Map.entry("seats", "seat"),
			Map.entry("stories", "story"), Map.entry("decisions", "decision"), Map.entry("concerns", "concern"),
			Map.entry("reviews", "strategy_review"));

	private final JdbcClient jdbc;

	private final MockMvc mvc;

	private final TestOrganizations organizations;

	private final ManageMembers members;

	private final IssueApiToken tokens;

	private final ExportOrganization export;

	/** The organization no request may change: its records are only ever looked up, never created. */
	private UUID unchanged;

	RouteFixture(JdbcClient jdbc, MockMvc mvc, TestOrganizations organizations, ManageMembers members,
			IssueApiToken tokens, ExportOrganization export) {
		this.jdbc = jdbc;
		this.mvc = mvc;
		this.organizations = organizations;
		this.members = members;
		this.tokens = tokens;
		this.export = export;
	}

	void keepUnchanged(TestOrganization organization) {
		this.unchanged = organization.id();
	}

	/**
	 * The route's path for {@code user}, the organization's slug in it and every other variable naming a
	 * record of {@code owner} (the same organization, or another one to try its ids on one's own path).
	 */
	String path(Route route, TestOrganization slugOf, TestOrganization owner, TestUser user) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("slug", slugOf.slug());
		for (String variable : route.recordVariables()) {
			boolean own = owner == slugOf && !owner.id().equals(this.unchanged);
			values.put(variable, value(route, variable, owner, own ? null : slugOf, user));
		}
		return UriComponentsBuilder.fromPath(route.path()).buildAndExpand(values).toUriString();
	}

	private Object value(Route route, String variable, TestOrganization owner, TestOrganization other, TestUser user) {
		String segment = route.segmentBefore(variable);
		if ("tokens".equals(segment)) {
			return this.tokens.issue(other == null ? user : owner.admin(), "fixture").id();
		}
		if ("imports".equals(segment)) {
			return importJob(other == null ? user : owner.admin());
		}
		if ("members".equals(segment)) {
			return other == null ? freshMember(owner) : oneOf(owner, "SELECT id FROM membership WHERE organization_id = :org");
		}
		if ("versions".equals(segment)) {
			return oneOf(owner, "SELECT max(version) FROM charter_version WHERE organization_id = :org");
		}
		String table = TABLES.get(segment);
		if (table == null) {
			throw new IllegalStateException(route + ": RouteFixture does not know what {" + variable + "} after /"
					+ segment + "/ names: add the segment to RouteFixture.TABLES (or a case for it)");
		}
		if ("id".equals(variable)) {
			return oneOf(owner, "SELECT id FROM " + table + " WHERE organization_id = :org ORDER BY id");
		}
		String column = keyColumn(table);
		if (other == null || other == owner) {
			return oneOf(owner, "SELECT " + column + " FROM " + table + " WHERE organization_id = :org ORDER BY " + column);
		}
		// a key the other organization has and the path's organization has not
		return this.jdbc
			.sql("SELECT " + column + " FROM " + table + " WHERE organization_id = :org AND " + column + " NOT IN (SELECT "
					+ column + " FROM " + table + " WHERE organization_id = :mine) ORDER BY " + column)
			.param("org", owner.id())
			.param("mine", other.id())
			.query((rs, row) -> rs.getObject(1))
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(table + ": no key only " + owner.slug() + " has"));
	}

	/** Renames one keyed record of each kind, so that the organization holds keys no other one has. */
	void makeKeysUnique(TestOrganization organization) {
		for (String table : TABLES.values()) {
			if ("key_result".equals(table)) {
				continue;
			}
			String column = keyColumn(table);
			this.jdbc
				.sql("UPDATE " + table + " SET " + column + " = 'only-" + organization.slug() + "' WHERE id = :id")
				.param("id", oneOf(organization, "SELECT id FROM " + table + " WHERE organization_id = :org ORDER BY id"))
				.update();
		}
	}

	/**
	 * Everything the organization holds that a request could change: its file (charter, people, fits,
	 * plans, surveys, …), its members and its people's API tokens.
	 */
	String fingerprint(TestOrganization organization) {
		String file = new String(OrganizationFiles.write(this.export.export(organization.id()), FileFormat.JSON),
				StandardCharsets.UTF_8);
		List<String> memberships = this.jdbc
			.sql("SELECT account_id || ' ' || role FROM membership WHERE organization_id = :org ORDER BY 1")
			.param("org", organization.id())
			.query(String.class)
			.list();
		List<String> tokens = this.jdbc
			.sql("SELECT id || ' ' || coalesce(cast(revoked_at AS VARCHAR), '-') FROM api_token WHERE account_id = :admin ORDER BY 1")
			.param("admin", organization.admin().userId())
			.query(String.class)
			.list();
		return file + "\n" + memberships + "\n" + tokens;
	}

	private static String keyColumn(String table) {
		return "strategy_review".equals(table) ? "review_key" : table + "_key";
	}

	private Object oneOf(TestOrganization organization, String sql) {
		return this.jdbc.sql(sql)
			.param("org", organization.id())
			.query((rs, row) -> rs.getObject(1))
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(organization.slug() + " has no row for: " + sql));
	}

	private UUID freshMember(TestOrganization organization) {
		TestUser person = this.organizations.person(organization.slug(), "extra-" + UUID.randomUUID().toString().substring(0, 8));
		return this.members.add(this.organizations.as(organization.slug(), organization.admin()), person.email(),
				Role.MEMBER);
	}

	/** Starts an import of a broken file: the job exists (and fails), which is all the route needs. */
	private String importJob(TestUser user) {
		try {
			String location = this.mvc
				.perform(multipart("/orgs/import")
					.file(new MockMultipartFile("file", "broken.yaml", "application/yaml", "a: [".getBytes(StandardCharsets.UTF_8)))
					.with(user.session())
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			if (location == null || !location.startsWith("/imports/")) {
				throw new IllegalStateException("Starting an import did not redirect to its job: " + location);
			}
			return location.substring("/imports/".length());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
