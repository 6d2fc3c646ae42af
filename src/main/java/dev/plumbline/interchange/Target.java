package dev.plumbline.interchange;

/**
 * What a key in a file can refer to, and the words used when it refers to nothing.
 */
enum Target {

	PERSON("person", "people"), TEAM("team", "teams"), SEAT("seat", "seats"), OBJECTIVE("objective", "objectives"),
	PILLAR("pillar", "charter.pillars"), VALUE("value", "charter.values"),
	PILLAR_OR_VALUE("pillar or value", "charter.pillars or charter.values"),
	PAIN_POINT("pain point", "journeys (as journey.stage.painPoint)");

	private final String noun;

	private final String where;

	Target(String noun, String where) {
		this.noun = noun;
		this.where = where;
	}

	String noun() {
		return this.noun;
	}

	String where() {
		return this.where;
	}

}
