package dev.plumbline.interchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The reader refuses bad files with every problem, each with its path, value and reason.
 */
class OrganizationFilesTests {

	private static final String HEAD = """
			plumbline: 1
			organization: {name: Harbor, slug: harbor}
			charter:
			  values: [{key: dignity, name: Dignity}, {key: candor, name: Candor}]
			  pillars: [{key: access, name: Access, weight: 5}, {key: quality, name: Quality}]
			teams: [{key: ops, name: Operations}, {key: clinic, name: Clinic, parent: ops}]
			people: [{key: ann, name: Ann, team: ops}, {key: bo, name: Bo}]
			""";

	static List<String> problems(String text, FileFormat format) {
		InvalidFileException invalid = catchThrowableOfType(InvalidFileException.class,
				() -> OrganizationFiles.read(text.getBytes(StandardCharsets.UTF_8), format));
		assertThat(invalid).as("the file should be refused").isNotNull();
		return invalid.fileProblems().stream().map(InvalidFileException.FileProblem::toString).toList();
	}

	static List<String> problems(String yaml) {
		return problems(yaml, FileFormat.YAML);
	}

	@Test
	void readsAValidFile() {
		OrganizationFile file = OrganizationFiles.read((HEAD + "asOf: 2026-11-01\n").getBytes(StandardCharsets.UTF_8),
				FileFormat.YAML);
		assertThat(file.organization().name()).isEqualTo("Harbor");
		assertThat(file.asOf()).hasToString("2026-11-01");
		assertThat(file.charter().pillars()).extracting(OrganizationFile.Pillar::weight).containsExactly(5, 1);
		assertThat(file.teams().get(1).parent()).isEqualTo("ops");
	}

	@Test
	void reportsSyntaxErrorsWithLineAndColumn() {
		assertThat(problems("plumbline: 1\norganization: {name: x\nteams: [\n"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("$: syntax error: ")
			.contains("(line ");
		assertThat(problems("{\"plumbline\": 1,}", FileFormat.JSON)).singleElement()
			.asString()
			.startsWith("$: syntax error: Unexpected character ('}'")
			.endsWith("(line 1, column 17)");
	}

	@Test
	void requiresTheFormatVersion() {
		assertThat(problems("organization: {name: x}\n")).containsExactly("plumbline: is required");
		assertThat(problems("plumbline: 2\norganization: {name: x}\n")).containsExactly(
				"plumbline: must be 1: this version of Plumbline reads organization files of format version 1 (was '2')");
		assertThat(problems("plumbline: one\norganization: {name: x}\n"))
			.containsExactly("plumbline: must be a whole number, not text (was 'one')");
	}

	@Test
	void refusesEmptyFilesAndFilesThatAreNotAMapping() {
		assertThat(problems("")).containsExactly("$: the file is empty; it starts with 'plumbline: 1'");
		assertThat(problems("- 1\n- 2\n")).containsExactly("$: must be a mapping, not a list");
		assertThat(problems(HEAD + "---\nplumbline: 1\n"))
			.containsExactly("$: holds more than one document; an organization file is a single mapping");
	}

	@Test
	void reportsMissingRequiredFields() {
		assertThat(problems("""
				plumbline: 1
				organization: {slug: harbor}
				teams: [{name: Ops}, {key: ops}]
				initiatives: [{key: i, name: I}]
				objectives: [{key: o, title: "", status: active, keyResults: [{key: k, title: K, checkIns: [{value: 1}]}]}]
				""")).containsExactly("organization.name: is required", "teams[0].key: is required",
				"teams[1].name: is required", "initiatives[0].status: is required",
				"objectives[0].keyResults[0].checkIns[0].date: is required", "objectives[0].title: is required");
	}

	@Test
	void suggestsTheClosestKnownKeyForAnUnknownOne() {
		assertThat(problems(HEAD + """
				initiatives: [{key: i, name: I, status: active, ownr: ann}]
				objectives: [{key: o, title: O, status: active, KeyResults: []}]
				budget: 5
				""")).containsExactly("initiatives[0].ownr: unknown key 'ownr' (did you mean 'owner'?) (was 'ann')",
				"objectives[0].KeyResults: unknown key 'KeyResults' (did you mean 'keyResults'?)",
				"budget: unknown key 'budget' (was '5')");
	}

	@Test
	void reportsWrongTypesBadDatesAndNonNumericNumbers() {
		assertThat(problems(HEAD + """
				asOf: 2026-02-30
				initiatives:
				  - {key: i, name: [I], status: active, start: 01/02/2026, budget: lots, fte: true, pillars: access}
				""")).containsExactly("asOf: must be a date written YYYY-MM-DD (was '2026-02-30')",
				"initiatives[0].name: must be text, not a list",
				"initiatives[0].start: must be a date written YYYY-MM-DD (was '01/02/2026')",
				"initiatives[0].budget: must be a number, not text (was 'lots')",
				"initiatives[0].fte: must be a number, not true/false (was 'true')",
				"initiatives[0].pillars: must be a list, not text (was 'access')");
	}

	@Test
	void reportsEnumValuesOutsideTheirChoices() {
		assertThat(problems(HEAD + """
				initiatives: [{key: i, name: I, status: ACTIVE}]
				kpis: [{key: k, name: K, cadence: daily, direction: up, target: 1, thresholds: {red: 0, green: 1}}]
				journeys: [{key: j, name: J, stages: [{key: s, name: S, painPoints: [{key: p, description: P, severity: severe}]}]}]
				fits: [{person: ann, date: 2026-01-01, values: {dignity: plusminus}}]
				surveys: [{key: s, title: S, audience: staff}]
				stories: [{key: s, title: S, kind: failure}]
				reviews: [{key: r, cadence: yearly}]
				""")).containsExactly(
				"initiatives[0].status: must be one of proposed, planned, active, paused, completed, cancelled (was 'ACTIVE')",
				"kpis[0].cadence: must be one of weekly, monthly, quarterly (was 'daily')",
				"kpis[0].direction: must be one of increase, decrease (was 'up')",
				"journeys[0].stages[0].painPoints[0].severity: must be one of low, medium, high, critical (was 'severe')",
				"fits[0].values.dignity: must be one of plus, plus_minus, minus (was 'plusminus')",
				"surveys[0].audience: must be one of employees, customers, stakeholders (was 'staff')",
				"stories[0].kind: must be one of success, learning, update (was 'failure')",
				"reviews[0].cadence: must be one of monthly, quarterly, biannual, annual (was 'yearly')");
	}

	@Test
	void reportsValuesOutOfRange() {
		assertThat(problems("""
				plumbline: 1
				organization: {name: x}
				charter: {pillars: [{key: a, name: A, weight: 6}, {key: b, name: B, weight: 2.5}]}
				initiatives: [{key: i, name: I, status: active, budget: -1, fte: -0.5, progress: 101}]
				objectives:
				  - {key: o, title: O, status: active, priority: -1, keyResults: [{key: k, title: K, checkIns: [{date: 2026-01-01, value: 1, confidence: 1.01}]}]}
				decisions: [{key: d, title: D, status: approved, scores: {a: 3, b: -2}}]
				surveys: [{key: s, title: S, questions: [{key: q, text: Q, scale: 11}, {key: r, text: R, scale: 4}], responses: [{answers: {r: 5, q: 0}}]}]
				audit: {offTrackConfidence: 2, anonymityMinimum: 0}
				""")).containsExactly("charter.pillars[0].weight: must be between 1 and 5 (was '6')",
				"charter.pillars[1].weight: must be a whole number (was '2.5')",
				"initiatives[0].budget: must be 0 or more (was '-1')", "initiatives[0].fte: must be 0 or more (was '-0.5')",
				"initiatives[0].progress: must be between 0 and 100 (was '101')",
				"objectives[0].priority: must be 0 or more (was '-1')",
				"objectives[0].keyResults[0].checkIns[0].confidence: must be between 0 and 1 (was '1.01')",
				"decisions[0].scores.a: must be between -2 and 2 (was '3')",
				"surveys[0].questions[0].scale: must be between 2 and 10 (was '11')",
				"surveys[0].responses[0].answers.r: must be between 1 and the question's scale (4) (was '5')",
				"audit.offTrackConfidence: must be between 0 and 1 (was '2')",
				"audit.anonymityMinimum: must be 1 or more (was '0')");
	}

	@Test
	void aKpiNeedsItsCadenceTargetDirectionAndBothThresholds() {
		assertThat(problems(HEAD + """
				kpis:
				  - {key: bare, name: Bare}
				  - {key: half, name: Half, cadence: monthly, target: 3, direction: increase, thresholds: {green: 2}}
				""")).containsExactly("kpis[0].cadence: is required", "kpis[0].target: is required",
				"kpis[0].direction: is required", "kpis[0].thresholds: is required",
				"kpis[1].thresholds.red: is required");
	}

	@Test
	void kpiThresholdsAgreeWithTheirDirection() {
		assertThat(problems(HEAD + """
				kpis:
				  - {key: up, name: Up, cadence: weekly, direction: increase, target: 5, thresholds: {red: 10, green: 10}}
				  - {key: down, name: Down, cadence: weekly, direction: decrease, target: 12, thresholds: {red: 15, green: 10}}
				  - {key: fine, name: Fine, cadence: weekly, direction: decrease, target: 8, thresholds: {red: 15, green: 10}}
				""")).containsExactly(
				"kpis[0].thresholds.red: must be below the green threshold (10) when the direction is increase (was '10')",
				"kpis[0].target: must be on the green side: at or above the green threshold (10) (was '5')",
				"kpis[1].target: must be on the green side: at or below the green threshold (10) (was '12')");
	}

	@Test
	void reportsEndsBeforeStarts() {
		assertThat(problems(HEAD + """
				initiatives: [{key: i, name: I, status: active, start: 2026-05-01, end: 2026-04-30}]
				objectives: [{key: o, title: O, status: active, start: 2026-05-01, due: 2026-05-01}, {key: p, title: P, status: active, start: 2026-05-02, due: 2026-05-01}]
				""")).containsExactly("initiatives[0].end: must not be before start (2026-05-01) (was '2026-04-30')",
				"objectives[1].due: must not be before start (2026-05-02) (was '2026-05-01')");
	}

	@Test
	void reportsInvalidKeys() {
		assertThat(problems(HEAD + """
				seats: [{key: Head Nurse, title: Head nurse}, {key: -lead, title: Lead}]
				decisions: [{key: d, title: D, status: proposed, scores: {Access: 1}}]
				""")).containsExactly(
				"seats[0].key: is not a valid key: may use lower-case letters, digits, '.', '-' and '_' (up to 60 characters) (was 'Head Nurse')",
				"seats[1].key: is not a valid key: may use lower-case letters, digits, '.', '-' and '_' (up to 60 characters) (was '-lead')",
				"decisions[0].scores.Access: is not a valid key: may use lower-case letters, digits, '.', '-' and '_' (up to 60 characters) (was 'Access')");
	}

	@Test
	void reportsDuplicateKeysInEveryList() {
		assertThat(problems(HEAD + """
				people: [{key: ann, name: Ann}, {key: ann, name: Ann again}]
				objectives: [{key: o, title: O, status: active, pillars: [access, access], keyResults: [{key: k, title: K}, {key: k, title: K2}]}]
				journeys: [{key: j, name: J, stages: [{key: s, name: S, painPoints: [{key: p, description: P}, {key: p, description: Q}]}, {key: s, name: S2}]}]
				surveys: [{key: s, title: S, questions: [{key: q, text: Q, scale: 5}, {key: q, text: Q2, scale: 5}]}]
				""")).containsExactly("people: duplicate key 'people' in this mapping",
				"objectives[0].pillars[1]: 'access' is listed twice (also at objectives[0].pillars[0]) (was 'access')",
				"objectives[0].keyResults[1].key: duplicate key 'k' (also at objectives[0].keyResults[0]) (was 'k')",
				"journeys[0].stages[0].painPoints[1].key: duplicate key 'p' (also at journeys[0].stages[0].painPoints[0]) (was 'p')",
				"journeys[0].stages[1].key: duplicate key 's' (also at journeys[0].stages[0]) (was 's')",
				"surveys[0].questions[1].key: duplicate key 'q' (also at surveys[0].questions[0]) (was 'q')");
		assertThat(problems("plumbline: 1\norganization: {name: x}\nteams: [{key: a, name: A}, {key: a, name: B}]\n"))
			.containsExactly("teams[1].key: duplicate key 'a' (also at teams[0]) (was 'a')");
	}

	@Test
	void reportsDuplicateMappingKeysInYamlAndJson() {
		assertThat(problems("plumbline: 1\norganization: {name: x, name: y}\nteams: [{key: a, name: A, key: b}]\n"))
			.containsExactly("organization.name: duplicate key 'name' in this mapping (was 'y')",
					"teams[0].key: duplicate key 'key' in this mapping (was 'b')");
		assertThat(problems("{\"plumbline\": 1, \"organization\": {\"name\": \"x\"}, \"plumbline\": 1}", FileFormat.JSON))
			.containsExactly("plumbline: duplicate key 'plumbline' in this mapping (was '1')");
	}

	@Test
	void reportsReferencesToKeysThatDoNotExist() {
		assertThat(problems(HEAD + """
				seats: [{key: lead, title: Lead, team: opz, reportsTo: boss, holder: anne}]
				initiatives: [{key: i, name: I, status: active, owner: ann, pillars: [acess], objectives: [nope], addresses: [j.s.x]}]
				objectives: [{key: o, title: O, status: active, owner: carl, team: ops, parent: oo, pillars: [quality]}]
				kpis: [{key: k, name: K, owner: bo, pillars: [people], cadence: monthly, target: 1, direction: increase, thresholds: {red: 0, green: 1}}]
				journeys: [{key: j, name: J, stages: [{key: s, name: S, painPoints: [{key: p, description: P}]}]}]
				decisions: [{key: d, title: D, status: approved, scores: {access: 1, dignity: 2, speed: 1}}]
				fits: [{person: cy, seat: lead, date: 2026-01-01, values: {dignity: plus, access: minus}}]
				surveys: [{key: s, title: S, questions: [{key: q, text: Q, scale: 5}], responses: [{team: sales, answers: {q: 3, w: 2}}]}]
				concerns: [{key: c, title: C, raisedBy: dan, status: raised, pillars: [access]}]
				stories: [{key: s, title: S, pillars: [growth]}]
				""")).containsExactly(
				"surveys[0].responses[0].answers.w: names no question of this survey (did you mean 'q'?) (was 'w')",
				"seats[0].team: names no team in teams (did you mean 'ops'?) (was 'opz')",
				"seats[0].reportsTo: names no seat in seats (was 'boss')",
				"seats[0].holder: names no person in people (did you mean 'ann'?) (was 'anne')",
				"initiatives[0].pillars[0]: names no pillar in charter.pillars (did you mean 'access'?) (was 'acess')",
				"initiatives[0].objectives[0]: names no objective in objectives (was 'nope')",
				"initiatives[0].addresses[0]: names no pain point in journeys (as journey.stage.painPoint) (did you mean 'j.s.p'?) (was 'j.s.x')",
				"objectives[0].owner: names no person in people (was 'carl')",
				"objectives[0].parent: names no objective in objectives (did you mean 'o'?) (was 'oo')",
				"kpis[0].pillars[0]: names no pillar in charter.pillars (was 'people')",
				"decisions[0].scores.speed: names no pillar or value in charter.pillars or charter.values (was 'speed')",
				"fits[0].person: names no person in people (was 'cy')",
				"fits[0].values.access: names no value in charter.values (was 'access')",
				"surveys[0].responses[0].team: names no team in teams (was 'sales')",
				"concerns[0].raisedBy: names no person in people (was 'dan')",
				"stories[0].pillars[0]: names no pillar in charter.pillars (was 'growth')");
	}

	@Test
	void reportsLoopsInParentChains() {
		assertThat(problems("""
				plumbline: 1
				organization: {name: x}
				teams: [{key: a, name: A, parent: c}, {key: b, name: B, parent: a}, {key: c, name: C, parent: b}, {key: d, name: D, parent: a}]
				seats: [{key: s, title: S, reportsTo: s}]
				objectives: [{key: o, title: O, status: active, parent: p}, {key: p, title: P, status: active, parent: o}, {key: q, title: Q, status: active, parent: o}]
				""")).containsExactly("teams[0].parent: forms a loop: a → c → b → a (was 'c')",
				"objectives[0].parent: forms a loop: o → p → o (was 'p')", "seats[0].reportsTo: forms a loop: s → s (was 's')");
	}

	@Test
	void reportsEveryProblemOfAFileAtOnce() {
		assertThat(problems("""
				plumbline: 1
				organization: {name: Harbor}
				teams: [{key: ops, name: Ops}, {key: ops, name: Ops again}]
				people: [{key: ann, name: Ann, team: opps, emial: ann@example.org}]
				initiatives:
				  - {key: i, name: I, status: live, owner: ann, start: 2026-13-01, budget: "12k", progress: 100}
				objectives:
				  - key: o
				    title: O
				    status: active
				    keyResults: [{key: k, title: K, checkIns: [{date: 2026-01-01, value: high, confidence: 0.5}]}]
				""")).containsExactly("teams[1].key: duplicate key 'ops' (also at teams[0]) (was 'ops')",
				"people[0].emial: unknown key 'emial' (did you mean 'email'?) (was 'ann@example.org')",
				"initiatives[0].status: must be one of proposed, planned, active, paused, completed, cancelled (was 'live')",
				"initiatives[0].start: must be a date written YYYY-MM-DD (was '2026-13-01')",
				"initiatives[0].budget: must be a number, not text (was '12k')",
				"objectives[0].keyResults[0].checkIns[0].value: must be a number, not text (was 'high')",
				"people[0].team: names no team in teams (did you mean 'ops'?) (was 'opps')");
	}

	@Test
	void quotesOddMapKeysInPaths() {
		assertThat(problems(HEAD + "decisions: [{key: d, title: D, status: proposed, checklist: {\"Legal. ok\": maybe}}]\n"))
			.containsExactly("decisions[0].checklist[\"Legal. ok\"]: must be true or false, not text (was 'maybe')");
	}

}
