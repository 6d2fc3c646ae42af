package dev.plumbline.audit.web;

import java.util.List;

import dev.plumbline.audit.AuditQueries;

/**
 * The group a dashboard looks at: the organization, a pillar ({@code pillar:key}) or a team
 * ({@code team:key}); anything else means the organization.
 */
public record Group(String kind, String key) {

	static Group parse(String text) {
		if (text != null) {
			int colon = text.indexOf(':');
			if (colon > 0 && colon < text.length() - 1) {
				String kind = text.substring(0, colon);
				if (kind.equals("pillar") || kind.equals("team")) {
					return new Group(kind, text.substring(colon + 1));
				}
			}
		}
		return new Group(null, null);
	}

	public boolean isOrganization() {
		return this.kind == null;
	}

	public String kindOrOrganization() {
		return this.kind == null ? "organization" : this.kind;
	}

	/** The parameter value that selects this group again. */
	public String param() {
		return this.kind == null ? "" : this.kind + ":" + this.key;
	}

	/** The chosen group's name and score in the latest run; the organization's when not found. */
	AuditQueries.GroupScore scoreIn(AuditQueries.Run run, List<AuditQueries.GroupScore> pillars,
			List<AuditQueries.GroupScore> teams) {
		List<AuditQueries.GroupScore> among = "pillar".equals(this.kind) ? pillars : teams;
		if (this.kind != null) {
			for (AuditQueries.GroupScore score : among) {
				if (score.key().equals(this.key)) {
					return score;
				}
			}
		}
		return new AuditQueries.GroupScore("organization", "", "the organization", run.index());
	}

}
