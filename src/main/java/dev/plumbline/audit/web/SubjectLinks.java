package dev.plumbline.audit.web;

import dev.plumbline.audit.Subject;

/**
 * Where a finding's subject lives in the app: objectives, initiatives and KPIs by key (the modules
 * redirect to the page), the other kinds to their list with an anchor.
 */
final class SubjectLinks {

	private SubjectLinks() {
	}

	static String of(String slug, Subject subject) {
		String base = "/o/" + slug;
		String key = subject.key();
		return switch (subject.kind()) {
			case "objective" -> base + "/objectives/key/" + key;
			case "keyResult" -> base + "/objectives/key/" + beforeDot(key);
			case "initiative" -> base + "/initiatives/key/" + key;
			case "kpi" -> base + "/kpis/key/" + key;
			case "pillar" -> base + "/charter#pillar-" + key;
			case "seat" -> base + "/seats#seat-" + key;
			case "person" -> base + "/fits#person-" + key;
			case "team" -> base + "/people#team-" + key;
			case "painPoint" -> base + "/journeys/" + beforeDot(key) + "#pain-" + afterLastDot(key);
			case "decision" -> base + "/decisions#decision-" + key;
			case "survey" -> base + "/surveys/" + beforeDot(key);
			case "concern" -> base + "/concerns#concern-" + key;
			case "review" -> base + "/reviews#review-" + key;
			default -> base + "/dashboard";
		};
	}

	private static String beforeDot(String key) {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

	private static String afterLastDot(String key) {
		return key.substring(key.lastIndexOf('.') + 1);
	}

}
