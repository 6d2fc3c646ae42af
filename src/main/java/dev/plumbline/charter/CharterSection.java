package dev.plumbline.charter;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionValues;

/**
 * The charter's part of an organization file. An import writes a new charter version (history is
 * kept, the importer is its author), as a revision through the page would.
 */
@Component
class CharterSection implements OrganizationSection {

	static final String NAME = "charter";

	private final CharterStore store;

	private final JdbcClient jdbc;

	CharterSection(CharterStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void clear(ImportContext context) {
		for (String table : List.of("charter_value_behavior", "charter_value", "charter_pillar")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE organization_id = :org")
				.param("org", context.organizationId())
				.update();
		}
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		OrganizationFile.Charter charter = file.charter();
		UUID org = context.organizationId();
		long current = this.store.currentVersion(org);
		if (current == 0 && charter.equals(new OrganizationFile.Charter("", "", List.of(), List.of()))) {
			return;
		}
		CharterContent content = content(charter);
		CharterContent previous = this.store.find(org).map(Charter::content).orElse(CharterContent.EMPTY);
		boolean saved = (current == 0) ? this.store.insert(org, content, context.now(), context.accountId())
				: this.store.update(org, current, content, context.now(), context.accountId());
		if (!saved) {
			throw new IllegalStateException("The charter changed during the import");
		}
		long version = current + 1;
		String summary = (current == 0) ? "Charter imported from a file"
				: "Imported from a file: " + CharterDiff.between(current, previous, version, content).summary();
		this.store.replaceItems(org, content);
		this.store.insertVersion(org, version, content, context.now(), context.accountId(), context.accountName(),
				summary);
		long rows = 1 + charter.values().size() + charter.pillars().size()
				+ charter.values().stream().mapToLong(v -> v.behaviors().size()).sum();
		context.progress().rowsWritten(NAME, rows);
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		return this.store.find(organizationId)
			.map(charter -> file.withCharter(charter(charter.content())))
			.orElse(file);
	}

	private static CharterContent content(OrganizationFile.Charter charter) {
		return new CharterContent(charter.vision(), charter.mission(),
				charter.values()
					.stream()
					.map(v -> new CharterValue(v.key(), v.name(), v.description(), v.behaviors()))
					.toList(),
				charter.pillars()
					.stream()
					.map(p -> new Pillar(p.key(), p.name(), p.description(), p.weight()))
					.toList());
	}

	private static OrganizationFile.Charter charter(CharterContent content) {
		return new OrganizationFile.Charter(content.vision(), content.mission(),
				content.values()
					.stream()
					.map(v -> new OrganizationFile.Value(v.key(), v.name(), SectionValues.optional(v.description()),
							v.behaviors()))
					.toList(),
				content.pillars()
					.stream()
					.map(p -> new OrganizationFile.Pillar(p.key(), p.name(), SectionValues.optional(p.description()),
							p.weight() == null ? 0 : p.weight()))
					.toList());
	}

}
